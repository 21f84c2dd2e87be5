import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { PusteromDatabase } from '../../../src/family/db/database'
import { perform } from '../../../src/family/db/outbox'
import { testClock } from '../../support/testClock'
import { aChecklistItem, aDeviceDatabase, aMedication } from './builders'

let db: PusteromDatabase
afterEach(async () => {
  await db?.delete()
})

const clock = testClock()

async function aMedicationOnThePhone() {
  db = aDeviceDatabase()
  const medication = aMedication()
  await db.medications.put(medication)
  return medication
}

describe('what a parent’s edit says it was made from', () => {
  it('names the medicine as the phone showed it when nothing says otherwise', async () => {
    const medication = await aMedicationOnThePhone()
    const sent = await perform(db, 'upsertMedication', { medication: { ...medication, dose: '2 tabletter' } }, clock)
    expect(sent.args).toEqual({ medication: { ...medication, dose: '2 tabletter' }, base: medication })
  })

  it('makes a second edit made before the first reached the server begin from the first', async () => {
    const medication = await aMedicationOnThePhone()
    await perform(db, 'upsertMedication', { medication: { ...medication, dose: '2 tabletter' } }, clock)
    const second = await perform(db, 'upsertMedication', { medication: { ...medication, dose: '3 tabletter' } }, clock)
    expect(second.args.base).toEqual({ ...medication, dose: '2 tabletter' })
  })

  it('keeps what a form opened with, though a pull brought the other parent’s change while it was open', async () => {
    const opened = await aMedicationOnThePhone()
    await db.medications.put({ ...opened, times: ['20:00'] })
    const sent = await perform(
      db,
      'upsertMedication',
      { medication: { ...opened, notes: 'Med mat' }, base: opened },
      clock,
    )
    expect(sent.args.base).toEqual(opened)
    expect(await db.medications.get(opened.id)).toEqual({ ...opened, times: ['20:00'], notes: 'Med mat' })
  })

  it('marks a packing item the phone has never had as new', async () => {
    db = aDeviceDatabase()
    const sent = await perform(db, 'upsertChecklistItem', { item: aChecklistItem() }, clock)
    expect(sent.args).toMatchObject({ base: null })
    expect(sent.args).not.toHaveProperty('baseVersion')
  })
})
