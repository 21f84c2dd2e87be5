// Random family and municipality actions for the chaos test, aimed at what the actor can see.
import { isOutsideHome } from '../../../../src/domain/packing'
import { perform } from '../../../../src/family/db/outbox'
import type { Mutation, Stay } from '../../../../src/protocol'
import { aChecklistItem, aMedication } from '../../../unit/sync/builders'
import type { Random } from './seededRandom'
import type { StaffClient } from './staffClient'
import type { Device } from './syncWorld'
import type { TestClock } from '../../../support/testClock'

const HOUR = 3_600_000
const DAY = 24 * HOUR

async function comingStays(device: Device, time: TestClock): Promise<Stay[]> {
  const after = new Date(time.now() + DAY).toISOString()
  const before = new Date(time.now() + 60 * DAY).toISOString()
  return (await device.db.stays.where('start').between(after, before).toArray()).filter((stay) =>
    isOutsideHome(stay.kind),
  )
}

/** One thing a parent does on the phone; null when there was nothing to do it to. */
export async function aFamilyAction(device: Device, time: TestClock, random: Random): Promise<Mutation | null> {
  const { db } = device
  const at = time.iso()
  const stay = random.pick(await comingStays(device, time))
  const recipient = random.pick(await db.recipients.toArray())
  const kind = random.int(10)
  if (kind <= 2 && stay) {
    const items = await db.checklistItems.where('recipientId').equals(stay.recipientId).toArray()
    const item = random.pick(items.filter((candidate) => candidate.stayId === null || candidate.stayId === stay.id))
    return item
      ? perform(db, 'setPacked', { stayId: stay.id, itemId: item.id, packed: random.chance(0.7), at }, time)
      : null
  }
  if (kind === 3 && stay) {
    const own = random.pick(await db.checklistItems.where('stayId').equals(stay.id).toArray())
    const item =
      own && random.chance(0.5)
        ? { ...own, quantity: 1 + random.int(5) }
        : aChecklistItem({ recipientId: stay.recipientId, stayId: stay.id, label: `Ting ${random.int(1000)}` })
    return perform(db, 'upsertChecklistItem', { item }, time)
  }
  if (kind === 4) {
    const own = random.pick((await db.checklistItems.toArray()).filter((item) => item.stayId !== null))
    return own ? perform(db, 'deleteChecklistItem', { id: own.id }, time) : null
  }
  if (kind === 5 && recipient) {
    const existing = random.pick(await db.medications.where('recipientId').equals(recipient.id).toArray())
    if (existing && random.chance(0.3)) return perform(db, 'deleteMedication', { id: existing.id }, time)
    const medication = existing
      ? { ...existing, dose: `${1 + random.int(3)} tablett` }
      : aMedication({ recipientId: recipient.id })
    return perform(db, 'upsertMedication', { medication }, time)
  }
  if (kind === 6) {
    const message = random.pick((await db.messages.toArray()).filter((candidate) => candidate.readAt === null))
    return message ? perform(db, 'markMessageRead', { messageId: message.id, at }, time) : null
  }
  if (kind === 7 && recipient) return perform(db, 'markMedicationListReviewed', { recipientId: recipient.id, at }, time)
  if (kind === 8 && stay) {
    const changeRequestId = crypto.randomUUID()
    if (random.chance(0.5))
      return perform(db, 'requestCancellation', { changeRequestId, stayId: stay.id, message: 'Vi blir hjemme' }, time)
    const start = new Date(Date.parse(stay.start) + 2 * HOUR).toISOString()
    return perform(
      db,
      'requestTimeChange',
      { changeRequestId, stayId: stay.id, start, end: stay.end, message: 'Senere henting' },
      time,
    )
  }
  if (kind === 9 && recipient) {
    const year = new Date(time.now()).getUTCFullYear() + 1
    const periods = [{ from: `${year}-07-0${1 + random.int(5)}`, to: `${year}-07-1${random.int(9)}` }]
    return perform(
      db,
      'submitSummerApplication',
      { applicationId: crypto.randomUUID(), recipientId: recipient.id, year, periods, message: '' },
      time,
    )
  }
  return null
}

/** One thing the municipality does; answers its HTTP status (a 5xx is a server bug). */
export async function aMunicipalityAction(
  staff: StaffClient,
  seen: Device,
  householdId: string,
  time: TestClock,
  random: Random,
): Promise<number> {
  const stays = await comingStays(seen, time)
  const stay = random.pick(stays)
  const kind = random.int(4)
  if (kind === 0) {
    const recipient = random.pick(await seen.db.recipients.toArray())
    const place = random.pick((await seen.db.places.toArray()).filter((candidate) => isOutsideHome(candidate.kind)))
    if (!recipient || !place) return 0
    const start = Math.floor((time.now() + (2 + random.int(40)) * DAY) / HOUR) * HOUR
    const body = {
      recipientId: recipient.id,
      placeId: place.id,
      kind: place.kind,
      start: new Date(start).toISOString(),
      end: new Date(start + 26 * HOUR).toISOString(),
    }
    return (await staff.request('POST', '/staff/stays', body)).status
  }
  if (kind === 1 && stay) {
    const patch = random.chance(0.3)
      ? { status: 'cancelledByMunicipality' as const, note: 'Stengt' }
      : { notes: `Husk ${random.int(100)}` }
    return (await staff.request('PATCH', `/staff/stays/${stay.id}`, patch)).status
  }
  if (kind === 2) {
    const pending = random.pick(
      (await seen.db.changeRequests.toArray()).filter((request) => request.status === 'pending'),
    )
    if (!pending) return 0
    const body = { status: random.chance(0.5) ? ('accepted' as const) : ('declined' as const), note: 'Mottatt' }
    return (await staff.request('POST', `/staff/change-requests/${pending.id}/decision`, body)).status
  }
  return (
    await staff.request('POST', '/staff/messages', {
      householdId,
      title: 'Beskjed',
      body: `Beskjed nummer ${random.int(1000)}`,
    })
  ).status
}
