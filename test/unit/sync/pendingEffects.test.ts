import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { PusteromDatabase } from '../../../src/family/db/database'
import { packingId } from '../../../src/family/db/mutationEffects'
import { outboxTables, perform, reapplyPendingEffects } from '../../../src/family/db/outbox'
import { serverCopyCount } from '../../../src/family/db/serverCopies'
import { aChecklistItem, aDeviceDatabase, aMedication, aMessage, aRecipient, aStay } from './builders'
import { testClock } from '../../support/testClock'
import { aChangeRequest } from '../../support/calendarBuilders'

let db: PusteromDatabase
afterEach(async () => {
  await db?.delete()
})

async function snapshot(database: PusteromDatabase) {
  return {
    items: await database.checklistItems.toArray(),
    packing: await database.packing.toArray(),
    medications: await database.medications.toArray(),
    messages: await database.messages.toArray(),
    recipients: await database.recipients.toArray(),
  }
}

describe('unsent actions laid over the server’s data', () => {
  it('can be taken off again, leaving the server’s rows exactly as they were', async () => {
    db = aDeviceDatabase()
    const recipient = aRecipient()
    const item = aChecklistItem({ recipientId: recipient.id })
    const medication = aMedication({ recipientId: recipient.id })
    const message = aMessage()
    await db.recipients.put(recipient)
    await db.checklistItems.put(item)
    await db.medications.put(medication)
    await db.messages.put(message)
    const before = await snapshot(db)
    const clock = testClock()
    const stay = aStay({ recipientId: recipient.id })
    await perform(
      db,
      'setPacked',
      { stayId: stay.id, itemId: item.id, packed: true, at: '2026-11-26T18:00:00.000Z' },
      clock,
    )
    await perform(db, 'upsertChecklistItem', { item: { ...item, label: 'Ullpysjamas' } }, clock)
    await perform(db, 'upsertChecklistItem', { item: aChecklistItem({ recipientId: recipient.id }) }, clock)
    await perform(db, 'deleteMedication', { id: medication.id }, clock)
    await perform(db, 'markMessageRead', { messageId: message.id, at: '2026-11-23T10:00:00.000Z' }, clock)
    await perform(
      db,
      'markMedicationListReviewed',
      { recipientId: recipient.id, at: '2026-11-23T10:00:00.000Z' },
      clock,
    )
    expect(await snapshot(db)).not.toEqual(before)

    await db.transaction('rw', outboxTables(db), async () => {
      await db.outbox.clear()
      await reapplyPendingEffects(db)
    })

    expect(await snapshot(db)).toEqual(before)
    expect(await serverCopyCount(db)).toBe(0)
  })

  it('stay on top of newer server data for the same rows', async () => {
    db = aDeviceDatabase()
    const item = aChecklistItem()
    const stay = aStay()
    await db.checklistItems.put(item)
    await perform(
      db,
      'setPacked',
      { stayId: stay.id, itemId: item.id, packed: true, at: '2026-11-26T18:00:00.000Z' },
      testClock(),
    )
    await perform(db, 'upsertChecklistItem', { item: { ...item, quantity: 3 } }, testClock())

    await db.transaction('rw', outboxTables(db), async () => {
      await reapplyPendingEffects(db, {
        serverTruthChanged: async () => {
          await db.checklistItems.put({ ...item, label: 'Pysjamas med lange armer' })
        },
      })
    })

    expect(await db.checklistItems.get(item.id)).toMatchObject({ quantity: 3 })
    expect(await db.packing.get(packingId(stay.id, item.id))).toMatchObject({ packed: true })
  })

  it('change only the fields the parent changed, so the other parent’s newer change shows beside them', async () => {
    db = aDeviceDatabase()
    const melatonin = aMedication({ name: 'Melatonin', times: ['19:30'], notes: '' })
    await db.medications.put(melatonin)
    await perform(db, 'upsertMedication', { medication: { ...melatonin, notes: 'Knuses i yoghurt' } }, testClock())

    await db.transaction('rw', outboxTables(db), async () => {
      await reapplyPendingEffects(db, {
        serverTruthChanged: async () => {
          await db.medications.put({ ...melatonin, times: ['20:00'] })
        },
      })
    })

    expect(await db.medications.get(melatonin.id)).toEqual({
      ...melatonin,
      times: ['20:00'],
      notes: 'Knuses i yoghurt',
    })
  })

  it('never turns an answer the municipality has given back into a withdrawn request', async () => {
    db = aDeviceDatabase()
    const request = aChangeRequest({ stayId: aStay().id })
    await db.changeRequests.put(request)
    await perform(
      db,
      'withdrawChangeRequest',
      { changeRequestId: request.id, at: '2026-11-22T10:00:00.000Z' },
      testClock(),
    )
    expect((await db.changeRequests.get(request.id))?.status).toBe('withdrawn')
    // The server's copy arrives with the municipality's answer before the withdrawal was sent.
    await db.transaction('rw', outboxTables(db), async () => {
      await reapplyPendingEffects(db, {
        serverTruthChanged: async () => {
          await db.changeRequests.put({ ...request, status: 'accepted', answeredAt: '2026-11-22T09:00:00.000Z' })
        },
      })
    })
    expect((await db.changeRequests.get(request.id))?.status).toBe('accepted')
  })
})
