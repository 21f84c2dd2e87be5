import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHousehold } from '../../src/server/accounts/accountStore'
import { seedMunicipality } from '../../src/server/seed/manyHouseholds'
import { changesSince } from '../../src/server/sync/changeFeed'
import type { Database } from '../../src/server/storage/database'
import { migrate, readMigrations } from '../../src/server/storage/migrate'
import { openPglite } from '../../src/server/storage/pglite'
import { writeInMunicipality } from '../../src/server/storage/records'
import { aChecklistItem } from './support/builders'
import { aMunicipality } from './push/support/serverRecords'
import { openTestDatabase, testDatabaseKind } from './support/testDatabase'

let db: Database
beforeAll(async () => {
  db = await openTestDatabase()
}, 120_000)
afterAll(() => db.close())

async function aHousehold() {
  const { municipality } = await seedMunicipality(db)
  const householdId = randomUUID()
  await createHousehold(db, { id: householdId, municipalityId: municipality.id, createdAt: '2026-11-23T10:00:00.000Z' })
  return { municipalityId: municipality.id, householdId }
}

describe('the database', () => {
  it('records each migration once; migrating again, even from two servers at once, changes nothing', async () => {
    expect(await Promise.all([migrate(db), migrate(db)])).toEqual([[], []])
    const applied = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')
    expect(applied.map((row) => row.version)).toEqual(readMigrations().map((migration) => migration.version))
  })

  it('refuses two migrations with one number, which would leave the second unapplied without a word', () => {
    const twoBranchesMet = ['0020_local_idp_keys.sql', '0021_job_queue_ages.sql', '0021_job_queue_ages.sql']
    expect(() => readMigrations(twoBranchesMet)).toThrow(/share version 21/)
    expect(() => readMigrations()).not.toThrow()
  })

  it('numbers every change of a record anew, so a pull after the first sees only the second', async () => {
    const { municipalityId, householdId } = await aHousehold()
    const item = aChecklistItem(randomUUID())
    await writeInMunicipality(db, municipalityId, (writer) => writer.put('checklistItem', item, householdId))
    const first = await changesSince(db, { householdId, municipalityId }, undefined)
    await writeInMunicipality(db, municipalityId, (writer) =>
      writer.put('checklistItem', { ...item, label: 'Endret' }, householdId),
    )
    const second = await changesSince(db, { householdId, municipalityId }, first.cursor)
    expect(second.changes).toEqual([
      {
        entity: 'checklistItem',
        id: item.id,
        version: Number(second.cursor),
        deleted: false,
        data: { ...item, label: 'Endret' },
      },
    ])
    expect(Number(second.cursor)).toBeGreaterThan(Number(first.cursor))
  })

  it('refuses to write a record that fails the protocol’s schema', async () => {
    const { municipalityId, householdId } = await aHousehold()
    const broken = { ...aChecklistItem(randomUUID()), quantity: 0 }
    await expect(
      writeInMunicipality(db, municipalityId, (writer) => writer.put('checklistItem', broken, householdId)),
    ).rejects.toThrow()
    expect(
      (await changesSince(db, { householdId, municipalityId }, undefined)).changes.filter(
        (change) => change.entity === 'checklistItem',
      ),
    ).toEqual([])
  })

  it('never lets a write overwrite another household’s record, and rolls the whole write back', async () => {
    const first = await aHousehold()
    const second = await aHousehold()
    const item = aChecklistItem(randomUUID())
    await writeInMunicipality(db, first.municipalityId, (writer) =>
      writer.put('checklistItem', item, first.householdId),
    )
    const attempt = writeInMunicipality(db, second.municipalityId, (writer) =>
      writer.put('checklistItem', { ...item, label: 'Kapret' }, second.householdId),
    )
    await expect(attempt).rejects.toThrow(/another owner/)
    const rows = await db.query<{ household_id: string; data: { label: string } }>(
      "SELECT household_id, data FROM records WHERE entity = 'checklistItem' AND id = $1",
      [item.id],
    )
    expect(rows).toEqual([{ household_id: first.householdId, data: expect.objectContaining({ label: item.label }) }])
  })
})

describe.runIf(testDatabaseKind === 'pglite')('upgrading an existing database', () => {
  it('puts a municipality created before the change feed carried municipalities into the feed', async () => {
    const old = await openPglite()
    try {
      const [before, after] = [readMigrations().filter((m) => m.version <= 13), readMigrations()]
      await migrate(old, before)
      const municipality = aMunicipality()
      // As the code before migration 0014 wrote it: in its own table only.
      await old.query('INSERT INTO municipalities (id, data) VALUES ($1, $2::jsonb)', [
        municipality.id,
        JSON.stringify(municipality),
      ])
      await migrate(old, after)
      const householdId = randomUUID()
      await createHousehold(old, {
        id: householdId,
        municipalityId: municipality.id,
        createdAt: '2026-11-23T10:00:00Z',
      })
      const feed = await changesSince(old, { householdId, municipalityId: municipality.id }, undefined)
      expect(feed.changes.find((change) => change.entity === 'municipality')?.data).toEqual(municipality)
    } finally {
      await old.close()
    }
  }, 60_000)
})

// Only PostgreSQL runs transactions side by side (PGlite runs one at a time, so it cannot interleave them).
describe.runIf(testDatabaseKind === 'postgres')('concurrent writers on PostgreSQL', () => {
  it('never lets a pull skip a change that commits after a later-numbered one', async () => {
    const { municipalityId, householdId } = await aHousehold()
    const start = await changesSince(db, { householdId, municipalityId }, undefined)
    let releaseFirst!: () => void
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve))
    let firstWrote!: () => void
    const firstHasWritten = new Promise<void>((resolve) => (firstWrote = resolve))
    const first = writeInMunicipality(db, municipalityId, async (writer) => {
      await writer.put('checklistItem', aChecklistItem(randomUUID(), { label: 'Først' }), householdId)
      firstWrote()
      await firstMayCommit
    })
    await firstHasWritten
    const second = writeInMunicipality(db, municipalityId, (writer) =>
      writer.put('checklistItem', aChecklistItem(randomUUID(), { label: 'Så' }), householdId),
    )
    // While the first is open, the second waits for the municipality's lock, so nothing is visible yet.
    expect((await changesSince(db, { householdId, municipalityId }, start.cursor)).changes).toEqual([])
    releaseFirst()
    await Promise.all([first, second])
    const after = await changesSince(db, { householdId, municipalityId }, start.cursor)
    expect(after.changes.map((change) => (change.data as { label: string }).label)).toEqual(['Først', 'Så'])
  })
})
