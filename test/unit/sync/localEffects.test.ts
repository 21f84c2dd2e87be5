import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { PusteromDatabase } from '../../../src/family/db/database'
import { packingId } from '../../../src/family/db/mutationEffects'
import { enqueue, perform } from '../../../src/family/db/outbox'
import { aChecklistItem, aDeviceDatabase, aMessage, aMunicipality, aRecipient, aStay } from './builders'
import { testClock } from '../../support/testClock'

let db: PusteromDatabase
afterEach(async () => {
  await db?.delete()
})

async function aHousehold(options: { rule?: boolean } = {}) {
  db = aDeviceDatabase()
  const stay = aStay({ start: '2026-11-27T15:00:00.000Z' }) // Friday 16:00 in Oslo
  await db.municipality.put(aMunicipality(options.rule === false ? { changeDeadline: null } : {}))
  await db.stays.put(stay)
  return stay
}

describe('what the family sees right after an action, before it is sent', () => {
  it('shows a cancellation asked at 15:01 the day before as pending at once, leaving late or not to the server', async () => {
    const stay = await aHousehold()
    const clock = testClock('2026-11-26T14:01:00.000Z') // Thursday 15:01 in Oslo
    const changeRequestId = crypto.randomUUID()
    await perform(db, 'requestCancellation', { changeRequestId, stayId: stay.id, message: 'Syk' }, clock)
    const request = await db.changeRequests.get(changeRequestId)
    expect(request).toMatchObject({
      type: 'cancel',
      status: 'pending',
      onTime: null,
      deadline: '2026-11-26T14:00:00.000Z',
    })
    expect(request?.receivedAt).toBe(request?.createdAt)
  })

  it('does not call a time change asked at 14:59 on the phone’s clock on time before the server has it', async () => {
    const stay = await aHousehold()
    const clock = testClock('2026-11-26T13:59:00.000Z')
    const changeRequestId = crypto.randomUUID()
    const args = { changeRequestId, stayId: stay.id, start: '2026-11-27T17:00:00.000Z', end: stay.end, message: '' }
    await perform(db, 'requestTimeChange', args, clock)
    expect(await db.changeRequests.get(changeRequestId)).toMatchObject({
      type: 'changeTime',
      onTime: null,
      proposedStart: '2026-11-27T17:00:00.000Z',
    })
  })

  it('gives no verdict on time where the municipality has no change deadline', async () => {
    const stay = await aHousehold({ rule: false })
    const changeRequestId = crypto.randomUUID()
    await perform(db, 'requestCancellation', { changeRequestId, stayId: stay.id, message: '' }, testClock())
    expect(await db.changeRequests.get(changeRequestId)).toMatchObject({ deadline: null, onTime: null })
  })

  it('ticks an item as packed and queues the tick, in one step', async () => {
    const stay = await aHousehold()
    const item = aChecklistItem()
    const mutation = await perform(
      db,
      'setPacked',
      { stayId: stay.id, itemId: item.id, packed: true, at: '2026-11-26T18:00:00.000Z' },
      testClock(),
    )
    expect(await db.packing.get(packingId(stay.id, item.id))).toMatchObject({ packed: true })
    expect((await db.outbox.toArray()).map((entry) => entry.id)).toEqual([mutation.id])
  })

  it('keeps a later tick when an earlier one is applied after it', async () => {
    const stay = await aHousehold()
    const item = aChecklistItem()
    await perform(
      db,
      'setPacked',
      { stayId: stay.id, itemId: item.id, packed: true, at: '2026-11-26T18:05:00.000Z' },
      testClock(),
    )
    await perform(
      db,
      'setPacked',
      { stayId: stay.id, itemId: item.id, packed: false, at: '2026-11-26T18:00:00.000Z' },
      testClock(),
    )
    expect(await db.packing.get(packingId(stay.id, item.id))).toMatchObject({ packed: true })
  })

  it('removes the ticks of a checklist item that is deleted', async () => {
    const stay = await aHousehold()
    const item = aChecklistItem()
    await perform(db, 'upsertChecklistItem', { item }, testClock())
    await perform(
      db,
      'setPacked',
      { stayId: stay.id, itemId: item.id, packed: true, at: '2026-11-26T18:00:00.000Z' },
      testClock(),
    )
    await perform(db, 'deleteChecklistItem', { id: item.id }, testClock())
    expect(await db.checklistItems.count()).toBe(0)
    expect(await db.packing.count()).toBe(0)
  })

  it('marks a message read once, keeping the first time it was read', async () => {
    await aHousehold()
    const message = aMessage()
    await db.messages.put(message)
    await perform(db, 'markMessageRead', { messageId: message.id, at: '2026-11-23T10:00:00.000Z' }, testClock())
    await perform(db, 'markMessageRead', { messageId: message.id, at: '2026-11-23T11:00:00.000Z' }, testClock())
    expect((await db.messages.get(message.id))?.readAt).toBe('2026-11-23T10:00:00.000Z')
  })

  it('records when the medication list was last reviewed', async () => {
    await aHousehold()
    const recipient = aRecipient()
    await db.recipients.put(recipient)
    await perform(
      db,
      'markMedicationListReviewed',
      { recipientId: recipient.id, at: '2026-11-23T10:00:00.000Z' },
      testClock(),
    )
    expect((await db.recipients.get(recipient.id))?.medicationListReviewedAt).toBe('2026-11-23T10:00:00.000Z')
  })

  it('shows a summer application as submitted at the moment it was made', async () => {
    await aHousehold()
    const applicationId = crypto.randomUUID()
    const args = {
      applicationId,
      recipientId: crypto.randomUUID(),
      year: 2027,
      periods: [{ from: '2027-07-01', to: '2027-07-14' }],
      message: '',
    }
    await perform(db, 'submitSummerApplication', args, testClock('2027-03-01T09:00:00.000Z'))
    expect(await db.summerApplications.get(applicationId)).toMatchObject({
      status: 'submitted',
      submittedAt: '2027-03-01T09:00:00.000Z',
    })
  })

  it('shows a changed summer application at once, but never over one the municipality has answered', async () => {
    await aHousehold()
    const applicationId = crypto.randomUUID()
    const recipientId = crypto.randomUUID()
    const apply = (to: string) =>
      perform(
        db,
        'submitSummerApplication',
        { applicationId, recipientId, year: 2027, periods: [{ from: '2027-07-01', to }], message: '' },
        testClock(),
      )
    await apply('2027-07-14')
    await apply('2027-07-21')
    expect((await db.summerApplications.get(applicationId))?.periods).toEqual([
      { from: '2027-07-01', to: '2027-07-21' },
    ])
    await db.summerApplications.update(applicationId, { status: 'granted' })
    await apply('2027-07-28')
    expect((await db.summerApplications.get(applicationId))?.periods).toEqual([
      { from: '2027-07-01', to: '2027-07-21' },
    ])
  })

  it('refuses an action with invalid details before anything is written', async () => {
    const stay = await aHousehold()
    await expect(
      perform(db, 'setPacked', { stayId: stay.id, itemId: 'not-an-id', packed: true, at: 'yesterday' }, testClock()),
    ).rejects.toThrow()
    expect(await db.outbox.count()).toBe(0)
    expect(await db.packing.count()).toBe(0)
  })

  it('writes neither the effect nor the outbox entry when queueing fails', async () => {
    const stay = await aHousehold()
    const first = await perform(
      db,
      'setPacked',
      { stayId: stay.id, itemId: crypto.randomUUID(), packed: true, at: '2026-11-26T18:00:00.000Z' },
      testClock(),
    )
    const reusedId = { ...first, args: { ...first.args, itemId: crypto.randomUUID() } } as typeof first
    await expect(enqueue(db, reusedId)).rejects.toThrow()
    expect(await db.packing.count()).toBe(1)
    expect(await db.outbox.count()).toBe(1)
  })
})
