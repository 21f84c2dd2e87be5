// The municipality plans a stay, or changes or cancels one; the family gets the stay and a message.
import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import type { Place, StaffStayCreate, StaffStayPatch, Stay } from '../../protocol'
import { ApiError, notFound } from '../errors/apiError'
import type { StaffPrincipal } from '../auth/principal'
import type { CreatedMessage } from '../events'
import {
  newMessage,
  stayCancelledNotice,
  stayChangedNotice,
  stayPlannedNotice,
  stayReinstatedNotice,
  type MessageDraft,
} from '../notices/stayNotices'
import type { Database } from '../storage/database'
import { findRecord, writeInMunicipality, type RecordWriter } from '../storage/records'
import { recordAccess } from './accessLog'
import { applyPatch } from './applyPatch'
import { settlePendingRequests } from './settlePendingRequests'

export interface StayOutcome {
  stay: Stay
  messages: CreatedMessage[]
}

async function placeOf(writer: RecordWriter, placeId: string): Promise<Place> {
  const place = await findRecord(writer.tx, 'place', placeId, { municipalityId: writer.municipalityId })
  if (!place) throw notFound()
  return place.data
}

function assertOrdered(start: string, end: string): void {
  if (Date.parse(end) <= Date.parse(start)) throw new ApiError('invalid_request', 'end: must be after start', 'end')
}

async function tellHousehold(
  writer: RecordWriter,
  householdId: string,
  stay: Stay,
  draft: MessageDraft,
  now: string,
): Promise<CreatedMessage> {
  const message = newMessage(draft, now)
  await writer.put('message', message, householdId)
  return { householdId, message, stayStart: stay.start }
}

export async function createStay(
  db: Database,
  staff: StaffPrincipal,
  input: z.infer<typeof StaffStayCreate>,
  now: string,
): Promise<StayOutcome> {
  assertOrdered(input.start, input.end)
  return writeInMunicipality(db, staff.municipalityId, async (writer) => {
    const recipient = await findRecord(writer.tx, 'recipient', input.recipientId, {
      municipalityId: staff.municipalityId,
    })
    if (!recipient?.householdId) throw notFound()
    const place = await placeOf(writer, input.placeId)
    const stay: Stay = {
      id: randomUUID(),
      recipientId: input.recipientId,
      placeId: place.id,
      kind: input.kind,
      start: input.start,
      end: input.end,
      status: 'planned',
      transportTo: input.transportTo ?? null,
      transportFrom: input.transportFrom ?? null,
      notes: input.notes ?? '',
      updatedAt: now,
    }
    await writer.put('stay', stay, recipient.householdId)
    await recordAccess(writer.tx, { staff, action: 'staffCreateStay', householdIds: [recipient.householdId], at: now })
    const message = await tellHousehold(writer, recipient.householdId, stay, stayPlannedNotice(stay, place), now)
    return { stay, messages: [message] }
  })
}

function draftFor(before: Stay, after: Stay, place: Place, note: string | undefined): MessageDraft {
  const wasCancelled = before.status === 'cancelledByFamily' || before.status === 'cancelledByMunicipality'
  if (after.status === 'cancelledByMunicipality' && before.status !== 'cancelledByMunicipality')
    return stayCancelledNotice(after, place, note)
  if (wasCancelled && (after.status === 'planned' || after.status === 'changed'))
    return stayReinstatedNotice(after, place, note)
  return stayChangedNotice(before, after, place, note)
}

/** A new time or place marks the stay `changed` unless the patch says otherwise. */
export async function patchStay(
  db: Database,
  staff: StaffPrincipal,
  stayId: string,
  patch: z.infer<typeof StaffStayPatch>,
  now: string,
): Promise<StayOutcome> {
  return writeInMunicipality(db, staff.municipalityId, async (writer) => {
    const found = await findRecord(writer.tx, 'stay', stayId, { municipalityId: staff.municipalityId })
    if (!found?.householdId) throw notFound()
    const before = found.data
    const { note, ...fields } = patch
    const moved =
      (fields.start ?? before.start) !== before.start ||
      (fields.end ?? before.end) !== before.end ||
      (fields.placeId ?? before.placeId) !== before.placeId
    const after: Stay = {
      ...applyPatch(before, fields),
      status: fields.status ?? (moved && before.status === 'planned' ? 'changed' : before.status),
      updatedAt: now,
    }
    assertOrdered(after.start, after.end)
    const place = await placeOf(writer, after.placeId)
    await writer.put('stay', after, found.householdId)
    await recordAccess(writer.tx, { staff, action: 'staffPatchStay', householdIds: [found.householdId], at: now })
    await settlePendingRequests(writer, found.householdId, before, after, note ?? null, now)
    const message = await tellHousehold(writer, found.householdId, after, draftFor(before, after, place, note), now)
    return { stay: after, messages: [message] }
  })
}
