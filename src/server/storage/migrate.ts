// Brings a database's schema up to date with the numbered SQL files in ./migrations, each once.
import { readdirSync, readFileSync } from 'node:fs'
import type { Database } from './database'

export interface Migration {
  version: number
  name: string
  sql: string
}

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url)
// Any fixed number works; it only has to be the same for every server sharing the database.
const MIGRATION_LOCK = 72_616_401

export function readMigrations(files: string[] = readdirSync(MIGRATIONS_DIR)): Migration[] {
  const migrations = files
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 4)),
      name: file.slice(5, -4),
      sql: readFileSync(new URL(file, MIGRATIONS_DIR), 'utf8'),
    }))
  assertOneMigrationPerVersion(migrations)
  return migrations
}

/** Two branches that each add "the next" migration meet with one number twice: the second would be skipped unseen. */
function assertOneMigrationPerVersion(migrations: Migration[]): void {
  migrations.forEach((migration, index) => {
    const before = migrations[index - 1]
    if (before?.version === migration.version)
      throw new Error(
        `Two migrations share version ${migration.version} (${before.name}, ${migration.name}): renumber the newer one`,
      )
  })
}

/** Applies the migrations not yet applied, in order; returns the versions it applied. */
export async function migrate(db: Database, migrations: Migration[] = readMigrations()): Promise<number[]> {
  const applied: number[] = []
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      // Two servers starting at once against one PostgreSQL must not both apply a migration.
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
      await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`)
      const found = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version])
      if (found.length > 0) return false
      await tx.exec(migration.sql)
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ])
      return true
    })
    if (done) applied.push(migration.version)
  }
  return applied
}
