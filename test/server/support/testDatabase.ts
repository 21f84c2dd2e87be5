// A fresh, migrated database for one test file: PGlite in memory (started from a cached, migrated
// data directory, which takes a fraction of a cold start), or, when TEST_DATABASE_URL is set, a
// schema of its own on that PostgreSQL.
import { execFileSync } from 'node:child_process'
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import type { Database } from '../../../src/server/storage/database'
import { migrate, readMigrations } from '../../../src/server/storage/migrate'
import { openPglite } from '../../../src/server/storage/pglite'
import { openPostgres } from '../../../src/server/storage/postgres'

const TEMPLATE_DIR = path.resolve('node_modules/.tmp/pusterom-test-databases')

function templateFile(): string {
  const digest = createHash('sha256')
  for (const migration of readMigrations()) digest.update(`${migration.version}\n${migration.sql}\n`)
  return path.join(TEMPLATE_DIR, `migrated-${digest.digest('hex').slice(0, 16)}.tar`)
}

async function migratedTemplate(): Promise<Blob> {
  const file = templateFile()
  if (!existsSync(file)) {
    const db = await openPglite()
    await migrate(db)
    const dump = await db.pglite.dumpDataDir('none')
    await db.close()
    mkdirSync(TEMPLATE_DIR, { recursive: true })
    // Test files start in parallel: each writes its own file and renames it into place atomically.
    const partial = `${file}.${process.pid}.${randomUUID()}`
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()))
    renameSync(partial, file)
  }
  return new Blob([readFileSync(file)])
}

/** Fills `dataDir` with an embedded database already migrated (the cached template), for a server's DATA_DIR. */
export async function fillWithMigratedDatabase(dataDir: string): Promise<void> {
  await migratedTemplate()
  // The template is a data directory as PGlite's dumpDataDir writes it: a tar of the files.
  execFileSync('tar', ['-xf', templateFile(), '-C', dataDir], { stdio: 'ignore' })
}

/** An embedded database in memory, started from the cached migrated template: whatever TEST_DATABASE_URL says. */
export async function openPgliteForTest(): Promise<Database> {
  const db = await openPglite({ loadDataDir: await migratedTemplate() })
  await migrate(db)
  return db
}

/**
 * A schema of its own on the PostgreSQL at `url`, migrated unless `migrated` is false, dropped on close;
 * `schema` names it for other processes.
 */
export async function openPostgresSchemaForTest(url: string, migrated = true): Promise<Database & { schema: string }> {
  const schema = `test_${randomUUID().replaceAll('-', '').slice(0, 20)}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  await admin.end()
  const db = await openPostgres({ url, schema, maxConnections: 5 })
  if (migrated) await migrate(db)
  return {
    ...db,
    schema,
    async close() {
      await db.query(`DROP SCHEMA ${schema} CASCADE`)
      await db.close()
    },
  }
}

export const testDatabaseKind: 'pglite' | 'postgres' = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'

export function openTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL
  return url ? openPostgresSchemaForTest(url) : openPgliteForTest()
}
