// The release before a migration, from git: the commit before the one that added the migration's file
// (HEAD while the file is not yet committed). Null when the clone has no history to ask.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import type { Migration } from '../../../src/server/storage/migrate'

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })

/** Whether this clone holds its history (a shallow clone, or a tree without git, does not). */
export function historyAvailable(): boolean {
  try {
    return git('rev-parse', '--is-shallow-repository').trim() === 'false'
  } catch {
    return false
  }
}

export const MIGRATIONS_DIR = 'src/server/storage/migrations'

/** The migration's file name, as it lies in MIGRATIONS_DIR. */
export const migrationFile = (migration: Migration): string =>
  `${String(migration.version).padStart(4, '0')}_${migration.name}.sql`

/** The commit before the one that added the migration file `file` (HEAD while it is not yet committed). */
export function commitBefore(file: string): string {
  const added = git('log', '--no-renames', '--diff-filter=A', '--format=%H', '-1', '--', `${MIGRATIONS_DIR}/${file}`)
  return git('rev-parse', added.trim() ? `${added.trim()}^` : 'HEAD').trim()
}

/**
 * The previous release: the newest commit in HEAD's history that holds every migration there is but the
 * newest, `newest` (branches merged in bring their own migrations, so "the commit before" is not enough).
 */
export function releaseBefore(newest: string): string {
  const wanted = readdirSync(MIGRATIONS_DIR)
    .filter((file) => file.endsWith('.sql') && file !== newest)
    .sort()
    .join('\n')
  for (const commit of git('rev-list', 'HEAD').split('\n').filter(Boolean))
    if (migrationFilesAt(commit).join('\n') === wanted) return commit
  throw new Error(`no commit holds the migrations before ${newest}`)
}

/** The migration files in the tree of `commit`. */
export function migrationFilesAt(commit: string): string[] {
  try {
    return git('ls-tree', '--name-only', `${commit}:${MIGRATIONS_DIR}`)
      .split('\n')
      .filter((file) => file.endsWith('.sql'))
      .sort()
  } catch {
    return [] // before the folder existed
  }
}

/** Whether the server's code at `commit` (its migrations aside) names `identifier` as a whole word. */
export function serverCodeNames(commit: string, identifier: string): boolean {
  try {
    git('grep', '-q', '-w', '-i', identifier, commit, '--', 'src/server', `:!${MIGRATIONS_DIR}`)
    return true
  } catch {
    return false
  }
}

/** Writes the tree of `commit` into `dir`, with this checkout's node_modules, so its code runs from there. */
export function checkOut(commit: string, dir: string): void {
  mkdirSync(dir, { recursive: true })
  const archive = execFileSync('git', ['archive', '--format=tar', commit], { maxBuffer: 512 * 1024 * 1024 })
  execFileSync('tar', ['-x', '-C', dir], { input: archive })
  // A few commits of 6 December 2026 hold a `node_modules` link committed by mistake: this checkout's goes in its place.
  rmSync(path.join(dir, 'node_modules'), { force: true })
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir')
}
