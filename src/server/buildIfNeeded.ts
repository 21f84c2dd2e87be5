// `npm start` builds the app first when the build is missing or older than its sources.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json']

function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0
  const stats = statSync(entry)
  if (!stats.isDirectory()) return stats.mtimeMs
  let newest = stats.mtimeMs
  for (const child of readdirSync(entry)) {
    if (entry === 'src' && child === 'server') continue // not part of the app: npm start compiles it apart
    newest = Math.max(newest, newestModification(path.join(entry, child)))
  }
  return newest
}

export function buildIsStale(distDir: string, root = process.cwd()): boolean {
  const builtAt = newestModification(path.join(distDir, 'index.html'))
  if (builtAt === 0) return true
  return SOURCES.some((source) => newestModification(path.join(root, source)) > builtAt)
}

/** Runs `vite build` in a child process: a build holds over a gigabyte that the server must not keep. */
function buildInChildProcess(distDir: string): Promise<void> {
  const viteCli = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js')
  const args = [viteCli, 'build', '--logLevel', 'warn', '--mode', 'production', '--outDir', distDir, '--emptyOutDir']
  // Vite derives import.meta.env.PROD from NODE_ENV; a caller such as Vitest (NODE_ENV=test) would
  // otherwise get a build that never registers its service worker.
  const env = { ...process.env, NODE_ENV: 'production' }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`Building the app failed (vite build exited with ${code ?? signal})`)),
    )
  })
}

export async function buildIfNeeded(distDir: string): Promise<void> {
  if (!buildIsStale(distDir)) return
  console.info('Building the app (the build is missing or older than its sources)…')
  await buildInChildProcess(distDir)
}
