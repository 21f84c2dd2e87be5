// An app a phone has not updated: built from git history, from the newest commit on this branch's first-parent
// line whose protocol lacks the newest entity the current protocol version brought (so it checks feed pages
// whole and stops at that entity). Built once per commit, kept in node_modules/.cache.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { entitySince, PROTOCOL_VERSION } from '../../../src/protocol'
import { checkOut, historyAvailable } from '../../server/support/previousRelease'

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })

/** What the current protocol version brought that the app before it never knew. */
export const NEWEST_ENTITY = Object.entries(entitySince).find(([, since]) => since === PROTOCOL_VERSION)?.[0] ?? ''

/** The commit of the app before the current protocol version; null without git history to take it from. */
export function appBeforeThisProtocol(): string | null {
  if (!historyAvailable() || !NEWEST_ENTITY) return null
  for (const commit of git('rev-list', '--first-parent', 'HEAD').split('\n').filter(Boolean)) {
    const entities = git('show', `${commit}:src/protocol/entities.ts`)
    if (!entities.includes(`${NEWEST_ENTITY}:`)) return commit
  }
  return null
}

/** The built app of `commit` (its dist directory), building it first when it is not in the cache. */
export async function oldAppBuild(commit: string): Promise<string> {
  const distDir = path.resolve('node_modules/.cache/pusterom-old-app', commit)
  if (existsSync(path.join(distDir, 'sw.js'))) return distDir
  const tree = mkdtempSync(path.join(tmpdir(), 'pusterom-old-app-'))
  try {
    checkOut(commit, tree)
    const vite = path.join(tree, 'node_modules/vite/bin/vite.js')
    const args = [vite, 'build', '--logLevel', 'warn', '--mode', 'production', '--outDir', distDir, '--emptyOutDir']
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd: tree, env: { ...process.env, NODE_ENV: 'production' } })
      child.on('error', reject)
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`building ${commit} exited with ${code}`))))
    })
  } finally {
    rmSync(tree, { recursive: true, force: true })
  }
  return distDir
}
