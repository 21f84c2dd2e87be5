// Backup and restore as the README's "Operations" section tells them: the embedded database as a copy
// of the stopped server's DATA_DIR (tar), PostgreSQL with pg_dump and pg_restore. Each test backs up,
// loses something after the backup, restores, and finds what the backup held on a server started over it.
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { SessionResponse } from '../../../src/protocol'
import { startServer } from '../../../src/server/startServer'
import type { Database } from '../../../src/server/storage/database'
import { openPostgres } from '../../../src/server/storage/postgres'
import { aMunicipality, putMunicipality } from '../push/support/serverRecords'
import { ApiClient } from '../support/apiClient'
import { fillWithMigratedDatabase, openPostgresSchemaForTest, testDatabaseKind } from '../support/testDatabase'

const temporary: string[] = []
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true })
})
function aTemporaryDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pusterom-backup-'))
  temporary.push(dir)
  return dir
}

const municipalityNames = async (db: Database) =>
  (await db.query<{ name: string }>(`SELECT data->>'name' AS name FROM municipalities ORDER BY 1`)).map(
    (row) => row.name,
  )

describe.runIf(testDatabaseKind === 'pglite')(
  'a backup of the embedded database (a copy of the stopped DATA_DIR)',
  () => {
    it('restores what the server held when it was stopped and copied', { timeout: 240_000 }, async () => {
      const dataDir = aTemporaryDir()
      await fillWithMigratedDatabase(dataDir)
      const config = { dataDir, databaseUrl: null }
      const before = await startServer({ config, log: () => undefined })
      await putMunicipality(before.storage, aMunicipality({ name: 'Lunner kommune' }))
      await before.close()

      const backup = path.join(aTemporaryDir(), 'pusterom-data.tar.gz')
      execFileSync('tar', ['-czf', backup, '-C', dataDir, '.'])

      const after = await startServer({ config, log: () => undefined })
      await after.storage.query('DELETE FROM municipalities')
      await putMunicipality(after.storage, aMunicipality({ name: 'Made after the backup' }))
      await after.close()

      for (const entry of readdirSync(dataDir)) rmSync(path.join(dataDir, entry), { recursive: true })
      execFileSync('tar', ['-xzf', backup, '-C', dataDir])

      const restored = await startServer({ config, log: () => undefined })
      try {
        expect((await fetch(`${restored.url}/readyz`)).status).toBe(200)
        expect(await municipalityNames(restored.storage)).toEqual(['Lunner kommune'])
      } finally {
        await restored.close()
      }
    })
  },
)

/** Debian's client tools of the PostgreSQL the tests run on (startPostgres.sh exports their directory). */
function postgresTool(name: 'pg_dump' | 'pg_restore'): string {
  const dirs = [process.env.POSTGRES_BIN, process.env.PG_BIN]
  if (existsSync('/usr/lib/postgresql'))
    dirs.push(...readdirSync('/usr/lib/postgresql').map((version) => `/usr/lib/postgresql/${version}/bin`))
  const found = dirs.find((dir) => dir && existsSync(path.join(dir, name)))
  if (!found) throw new Error(`${name} not found: install Debian's postgresql package`)
  return path.join(found, name)
}

describe.runIf(testDatabaseKind === 'postgres')('a backup of PostgreSQL (pg_dump and pg_restore)', () => {
  it(
    'restores into a new database what the dump held, and the server serves it there',
    { timeout: 240_000 },
    async () => {
      const url = process.env.TEST_DATABASE_URL!
      const db = await openPostgresSchemaForTest(url)
      const original = await startServer({ database: db, config: { demo: true }, log: () => undefined })
      const family = new ApiClient(original.url)
      const session = SessionResponse.parse(
        (await family.post('/session', { username: 'lunner-forelder-1', password: 'demo' })).body,
      )
      const pulledBefore = await family.withToken(session.token).get<{ changes: unknown[] }>('/sync?limit=500')
      await original.close()

      const dump = path.join(aTemporaryDir(), 'pusterom.dump')
      // The README's command; `--schema` only because each test file has a schema of its own.
      execFileSync(postgresTool('pg_dump'), ['--format=custom', `--schema=${db.schema}`, `--file=${dump}`, url])
      await db.query(`UPDATE municipalities SET data = jsonb_set(data, '{name}', '"Changed after the backup"')`)

      const restoredName = `restored_${randomUUID().replaceAll('-', '').slice(0, 12)}`
      const admin = new pg.Client({ connectionString: url })
      await admin.connect()
      await admin.query(`CREATE DATABASE ${restoredName}`)
      const restoredUrl = Object.assign(new URL(url), { pathname: `/${restoredName}` }).toString()
      try {
        execFileSync(postgresTool('pg_restore'), ['--no-owner', `--dbname=${restoredUrl}`, dump])
        const restoredDb = await openPostgres({ url: restoredUrl, schema: db.schema })
        const restored = await startServer({ database: restoredDb, log: () => undefined })
        try {
          expect(await municipalityNames(restoredDb)).not.toContain('Changed after the backup')
          // The session, the accounts and the household's records came back with the dump.
          const pulledAfter = await new ApiClient(restored.url, session.token).get<{ changes: unknown[] }>(
            '/sync?limit=500',
          )
          expect(pulledAfter.status).toBe(200)
          expect(pulledAfter.body.changes).toEqual(pulledBefore.body.changes)
        } finally {
          await restored.close()
          await restoredDb.close()
        }
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`)
        await admin.end()
        await db.close()
      }
    },
  )
})
