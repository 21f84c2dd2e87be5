import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { PusteromDatabase } from '../../../src/family/db/database'
import { readFamilyDataCopy } from '../../../src/family/db/familyDataCopy'
import { writeMeta } from '../../../src/family/db/meta'
import { aRecipient } from '../../support/builders'
import { aMedication } from '../../support/packingBuilders'

const databases: PusteromDatabase[] = []
afterEach(async () => {
  await Promise.all(databases.splice(0).map((database) => database.delete()))
})

describe("the family's copy of its data", () => {
  it('holds every table on the device but leaves out the session that signs the family in', async () => {
    const database = new PusteromDatabase(`copy-${Date.now()}`)
    databases.push(database)
    const emma = aRecipient({ name: 'Emma' })
    await database.recipients.put(emma)
    await database.medications.put(aMedication({ recipientId: emma.id, name: 'Orfiril' }))
    await writeMeta(database, 'session', { token: 'secret-token' })
    await writeMeta(database, 'locale', 'nn')

    const copy = await readFamilyDataCopy(database, '2026-11-30T08:00:00.000Z')

    expect(copy.tables.recipients).toEqual([emma])
    expect(copy.tables.medications).toEqual([expect.objectContaining({ name: 'Orfiril' })])
    expect(copy.tables.meta).toEqual([{ key: 'locale', value: 'nn' }])
    expect(JSON.stringify(copy)).not.toContain('secret-token')
    const familyTables = database.tables.map((table) => table.name).filter((name) => name !== 'syncState')
    expect(Object.keys(copy.tables)).toEqual(expect.arrayContaining(familyTables))
  })

  it('names its documented format and version, and leaves out the sync bookkeeping', async () => {
    const database = new PusteromDatabase(`copy-format-${Date.now()}`)
    databases.push(database)
    await database.syncState.put({ key: 'cursor', value: 'c-42' })

    const copy = await readFamilyDataCopy(database, '2026-11-30T08:00:00.000Z')

    expect(copy).toMatchObject({ format: 'pusterom-family-data', version: 1, exportedAt: '2026-11-30T08:00:00.000Z' })
    expect(copy.tables).not.toHaveProperty('syncState')
  })
})
