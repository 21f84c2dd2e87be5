// Serves the built app: hashed assets cached for good, the shell and service worker never cached,
// and every other page path answered with the app shell so deep links work; text gzipped for poor signal.
import { existsSync } from 'node:fs'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { compress } from 'hono/compress'

const HASHED_ASSET = /^\/assets\//
const NEVER_CACHED = new Set(['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/registerSW.js'])

export function cacheControlFor(pathname: string): string {
  if (HASHED_ASSET.test(pathname)) return 'public, max-age=31536000, immutable'
  if (NEVER_CACHED.has(pathname) || pathname.endsWith('.html')) return 'no-cache'
  return 'public, max-age=3600'
}

export function appFiles(distDir: string): Hono {
  const files = new Hono()
  if (!existsSync(distDir)) return files
  // Lighthouse's slow 4G: uncompressed, the first screen's scripts took seconds longer to arrive.
  files.use('*', compress())
  files.use('*', async (c, next) => {
    await next()
    // The app shell answered for a client-side route has already said no-cache; keep it.
    if (c.res.status === 200 && !c.res.headers.has('Cache-Control'))
      c.header('Cache-Control', cacheControlFor(c.req.path))
  })
  files.get('*', serveStatic({ root: distDir }))
  // Client-side routes (/stays/…, /packing) get the app shell; missing files under /assets stay 404.
  files.get('*', async (c, next) => {
    if (HASHED_ASSET.test(c.req.path) || /\.[a-z0-9]+$/i.test(c.req.path)) return next()
    c.header('Cache-Control', 'no-cache')
    return serveStatic({ root: distDir, path: 'index.html' })(c, next)
  })
  return files
}
