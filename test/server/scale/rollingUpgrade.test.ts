// A rolling upgrade: the previous release and the current code, two real processes over one PostgreSQL.
// The previous release (the commit before the newest migration, run from a copy of its tree with this
// checkout's node_modules) creates and serves the database; the current code starts beside it and
// migrates; both keep serving sync and mutations before, during and after, and each sees the other's.
import { mkdtempSync, rmSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SessionResponse, type ChecklistItem } from '../../../src/protocol'
import { readMigrations } from '../../../src/server/storage/migrate'
import type { Database } from '../../../src/server/storage/database'
import { ApiClient } from '../support/apiClient'
import { aChecklistItem, aMutation, send } from '../support/builders'
import { FamilyView } from '../support/familyView'
import { checkOut, historyAvailable, migrationFile, migrationFilesAt, releaseBefore } from '../support/previousRelease'
import { startServerChild, type ServerChild } from '../support/serverChildProcess'
import { openPostgresSchemaForTest } from '../support/testDatabase'

const databaseUrl = process.env.TEST_DATABASE_URL
const withHistory = historyAvailable()
if (databaseUrl && !withHistory)
  console.warn('rollingUpgrade: skipped, this clone has no git history to take the previous release from')
/** src/server/storage/migrate.ts's lock: held here, it keeps the current code waiting to migrate. */
const MIGRATION_LOCK = 72_616_401
const newest = readMigrations().at(-1)!
const newestFile = migrationFile(newest)

let db: Database & { schema: string }
let previousTree: string
const children: ServerChild[] = []

beforeAll(async () => {
  if (!databaseUrl || !withHistory) return
  // An empty schema: the previous release migrates it to its own version as it starts.
  db = await openPostgresSchemaForTest(databaseUrl, false)
  previousTree = mkdtempSync(path.join(tmpdir(), 'pusterom-previous-'))
  checkOut(releaseBefore(newestFile), previousTree)
  // The harness (it calls only startServer and openPostgres), run against the previous release's code.
  const harness = 'test/server/support/serverProcessMain.ts'
  copyFileSync(path.resolve(harness), path.join(previousTree, harness))
}, 120_000)
afterAll(async () => {
  for (const child of children) await child.kill()
  await db?.close()
  if (previousTree) rmSync(previousTree, { recursive: true, force: true })
})

async function aProcess(entry: string | undefined, env: NodeJS.ProcessEnv = {}, listeningIsEnough = false) {
  const child = await startServerChild(databaseUrl!, db.schema, { entry, env, listeningIsEnough })
  children.push(child)
  return child
}

/** One parent's phone on one server process: it pulls and ticks off checklist items. */
async function aPhoneOn(server: ServerChild, token: string) {
  const view = new FamilyView(new ApiClient(server.url, token))
  await view.sync()
  const recipientId = view.all('recipient')[0]!.id
  return {
    view,
    async addItem(label: string): Promise<ChecklistItem> {
      const item = aChecklistItem(recipientId, { label })
      const [result] = await send(view.client, aMutation('upsertChecklistItem', { item }))
      expect(result?.status).toBe('applied')
      return item
    },
    labels: () => view.all('checklistItem').map((item) => item.label),
  }
}

const appliedVersions = async () =>
  (await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map(
    (row) => row.version,
  )

describe.skipIf(!databaseUrl || !withHistory)('a rolling upgrade over one PostgreSQL', () => {
  it('keeps the previous release serving sync and mutations while the current code migrates beside it', async () => {
    const previous = await aProcess(path.join(previousTree, 'test/server/support/serverProcessMain.ts'), { DEMO: '1' })
    expect(await appliedVersions()).not.toContain(newest.version)
    const session = SessionResponse.parse(
      (await new ApiClient(previous.url).post('/session', { username: 'lunner-forelder-1', password: 'demo' })).body,
    )
    const onPrevious = await aPhoneOn(previous, session.token)
    await onPrevious.addItem('Before the upgrade')

    // The current code starts and waits to migrate while the test holds the migration lock.
    const lock = new pg.Client({ connectionString: databaseUrl })
    await lock.connect()
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    const current = await aProcess(undefined, {}, true)
    expect((await fetch(`${current.url}/readyz`)).status).toBe(503)
    expect((await fetch(`${current.url}/livez`)).status).toBe(200)

    // The previous release serves throughout: before, while and after the current code migrates.
    let upgrading = true
    const during: string[] = []
    const traffic = (async () => {
      for (let n = 0; upgrading || n < 3; n++) {
        await onPrevious.addItem(`During the upgrade ${n}`)
        await onPrevious.view.sync()
        during.push(`During the upgrade ${n}`)
      }
    })()
    traffic.catch(() => undefined) // awaited below, once the current code is ready
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK])
    await lock.end()
    await current.ready
    upgrading = false
    await traffic
    expect(await appliedVersions()).toContain(newest.version)
    expect((await fetch(`${current.url}/readyz`)).status).toBe(200)

    // After: both serve, and each phone sees what the other wrote through the other version.
    const onCurrent = await aPhoneOn(current, session.token)
    expect(onCurrent.labels()).toEqual(expect.arrayContaining(['Before the upgrade', ...during]))
    await onCurrent.addItem('Through the new version')
    await onPrevious.addItem('Through the old version, after')
    await onPrevious.view.sync()
    await onCurrent.view.sync()
    for (const phone of [onPrevious, onCurrent])
      expect(phone.labels()).toEqual(
        expect.arrayContaining(['Through the new version', 'Through the old version, after']),
      )

    expect(await previous.stop()).toBe(0)
    expect(await current.stop()).toBe(0)
  }, 240_000)

  it('takes the previous release from just before the newest migration: every migration but that one', () => {
    const files = readMigrations().map(migrationFile)
    expect(migrationFilesAt(releaseBefore(newestFile))).toEqual(files.slice(0, -1))
  })
})
