// Once per end-to-end lane: make sure the lane's browser is there and the app is built, then tell the tests
// where. The lane's engine comes from its project in vite.config.ts (`provide: { engine }`).
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildIfNeeded } from '../../../src/server/buildIfNeeded'
import type { Engine } from '../engines/phone'
import { startXvfb } from '../engines/xvfb'
import { ensureChromium, ensureFirefox, ensureWebKit, type WebKitPrograms } from './ensureBrowsers'

declare module 'vitest' {
  export interface ProvidedContext {
    engine: Engine
    chromiumPath: string
    distDir: string
    firefoxPath: string
    webkit: WebKitPrograms
    /** Xvfb's display for the WebKit lane. */
    display: string
  }
}

/** A fresh-looking dist/ may still have been built by a test process in the wrong mode: say so plainly. */
async function assertRegistersServiceWorker(distDir: string): Promise<void> {
  // The registration (src/family/modules/pwa.ts) loads after the first screen, in a chunk of its own.
  const assets = path.join(distDir, 'assets')
  const chunks = (await readdir(assets)).filter((name) => name.endsWith('.js'))
  const code = (await Promise.all(chunks.map((name) => readFile(path.join(assets, name), 'utf8')))).join('\n')
  if (!code.includes('/sw.js')) {
    throw new Error(
      `${distDir} holds a build that never registers its service worker (built with NODE_ENV other than production?). Rebuild it: NODE_ENV=production npx vite build`,
    )
  }
}

/** Finds (or installs) the lane's browser; for WebKit also starts the display, stopped by what this returns. */
async function prepareEngine(project: TestProject, engine: Engine): Promise<(() => void) | undefined> {
  if (engine === 'chromium') {
    project.provide('chromiumPath', ensureChromium())
    return undefined
  }
  if (engine === 'firefox') {
    project.provide('firefoxPath', ensureFirefox())
    return undefined
  }
  const webkit = ensureWebKit()
  const screen = await startXvfb(webkit.xvfb)
  project.provide('webkit', webkit)
  project.provide('display', screen.display)
  return () => screen.stop()
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const engine = project.getProvidedContext().engine ?? 'chromium'
  const stop = await prepareEngine(project, engine)
  const distDir = path.resolve(process.env.DIST_DIR ?? 'dist')
  await buildIfNeeded(distDir)
  await assertRegistersServiceWorker(distDir)
  project.provide('distDir', distDir)
  return stop
}
