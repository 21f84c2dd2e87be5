import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { OutboxEntry, PusteromDatabase } from '../../../src/family/db/database'
import { oldestPending, perform } from '../../../src/family/db/outbox'
import { MAX_SERVER_FAILURES, noteServerFailure, retrySetAside } from '../../../src/family/sync/setAside'
import { testClock } from '../../support/testClock'
import { aDeviceDatabase, aMedication } from './builders'

let db: PusteromDatabase
afterEach(async () => {
  await db?.delete()
})

async function aMedicineAndATick() {
  db = aDeviceDatabase()
  const clock = testClock()
  const medication = aMedication({ name: 'Melatonin' })
  const medicine = await perform(db, 'upsertMedication', { medication }, clock)
  const reviewed = await perform(
    db,
    'markMedicationListReviewed',
    { recipientId: medication.recipientId, at: '2026-11-23T10:00:00.000Z' },
    clock,
  )
  const entry = (await db.outbox.where('id').equals(medicine.id).first()) as OutboxEntry
  return { clock, medication, medicine, reviewed, entry }
}

describe('a change the server keeps failing on', () => {
  it('is still sent, first in line, after four failures', async () => {
    const { clock, medicine, entry } = await aMedicineAndATick()
    for (let failure = 1; failure < MAX_SERVER_FAILURES; failure++)
      expect(await noteServerFailure(db, entry, 'server', clock)).toBe(false)
    expect((await oldestPending(db, 10)).map((pending) => pending.id)[0]).toBe(medicine.id)
  })

  it('is set aside at the fifth, its medicine taken off the list, and the change after it goes first', async () => {
    const { clock, medication, reviewed, entry } = await aMedicineAndATick()
    for (let failure = 1; failure < MAX_SERVER_FAILURES; failure++) await noteServerFailure(db, entry, 'server', clock)
    expect(await noteServerFailure(db, entry, 'malformed', clock)).toBe(true)
    expect((await oldestPending(db, 10)).map((pending) => pending.id)).toEqual([reviewed.id])
    expect(await db.medications.get(medication.id)).toBeUndefined()
    expect(await db.outbox.count()).toBe(2)
  })

  it('shows its medicine again, first in line, when the family tries again', async () => {
    const { clock, medication, medicine, entry } = await aMedicineAndATick()
    for (let failure = 0; failure < MAX_SERVER_FAILURES; failure++) await noteServerFailure(db, entry, 'server', clock)
    await retrySetAside(db, medicine.id)
    expect(await db.medications.get(medication.id)).toMatchObject({ name: 'Melatonin' })
    expect((await oldestPending(db, 10)).map((pending) => pending.id)[0]).toBe(medicine.id)
  })
})
