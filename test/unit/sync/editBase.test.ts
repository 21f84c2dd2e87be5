import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { PusteromDatabase } from '../../../src/family/db/database'
import { keepServerVersions } from '../../../src/family/db/editBase'
import { perform } from '../../../src/family/db/outbox'
import { testClock } from '../../support/testClock'
import { aChecklistItem, aDeviceDatabase, aMedication } from './builders'

let db: PusteromDatabase
afterEach(async () => {
  await db?.delete()
})

const clock = testClock()

async function aPulledMedication(version: number) {
  db = aDeviceDatabase()
  const medication = aMedication()
  await db.medications.put(medication)
  await keepServerVersions(db, [{ entity: 'medication', id: medication.id, version, deleted: false, data: medication }])
  return medication
}

describe('what a parent’s edit says it was made from', () => {
  it('names the version of the medicine the phone last pulled', async () => {
    const medication = await aPulledMedication(17)
    const sent = await perform(db, 'upsertMedication', { medication: { ...medication, dose: '2 tabletter' } }, clock)
    expect(sent.args).toEqual({ medication: { ...medication, dose: '2 tabletter' }, baseVersion: 17 })
  })

  it('makes a second edit made before the first reached the server build on the first', async () => {
    const medication = await aPulledMedication(17)
    const first = await perform(db, 'upsertMedication', { medication: { ...medication, dose: '2 tabletter' } }, clock)
    const second = await perform(db, 'upsertMedication', { medication: { ...medication, dose: '3 tabletter' } }, clock)
    expect(second.args).toMatchObject({ baseVersion: 17, baseMutationId: first.id })
  })

  it('marks a packing item the phone has never pulled as new', async () => {
    db = aDeviceDatabase()
    const sent = await perform(db, 'upsertChecklistItem', { item: aChecklistItem() }, clock)
    expect(sent.args).toMatchObject({ baseVersion: null })
    expect(sent.args).not.toHaveProperty('baseMutationId')
  })
})
