// Once per end-to-end run: make sure Chromium is there and the app is built, then tell the tests where.
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildIfNeeded } from '../../../src/server/buildIfNeeded'
import { ensureChromium } from './ensureChromium'

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string
    distDir: string
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

export default async function setup(project: TestProject): Promise<void> {
  const chromiumPath = ensureChromium()
  const distDir = path.resolve(process.env.DIST_DIR ?? 'dist')
  await buildIfNeeded(distDir)
  await assertRegistersServiceWorker(distDir)
  project.provide('chromiumPath', chromiumPath)
  project.provide('distDir', distDir)
}
