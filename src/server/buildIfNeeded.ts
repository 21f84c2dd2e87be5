// `npm start` builds the app first when the build is missing or older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json']

function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0
  const stats = statSync(entry)
  if (!stats.isDirectory()) return stats.mtimeMs
  let newest = stats.mtimeMs
  for (const child of readdirSync(entry)) {
    if (entry === 'src' && child === 'server') continue // the server is run from source, not built
    newest = Math.max(newest, newestModification(path.join(entry, child)))
  }
  return newest
}

export function buildIsStale(distDir: string, root = process.cwd()): boolean {
  const builtAt = newestModification(path.join(distDir, 'index.html'))
  if (builtAt === 0) return true
  return SOURCES.some((source) => newestModification(path.join(root, source)) > builtAt)
}

export async function buildIfNeeded(distDir: string): Promise<void> {
  if (!buildIsStale(distDir)) return
  console.info('Building the app (the build is missing or older than its sources)…')
  const { build } = await import('vite')
  // Vite derives import.meta.env.PROD from NODE_ENV; a caller such as Vitest (NODE_ENV=test) would
  // otherwise get a build that never registers its service worker.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir: distDir, emptyOutDir: true } })
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
}
