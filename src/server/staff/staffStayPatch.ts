// The municipality changes a stay, cancels it with a reason, or reinstates a cancelled one. A new time or
// place, and a reinstated stay, are judged for collisions like a new plan; the family gets a message.
import type { z } from 'zod'
import type { Place, ReasonCode, StaffStayPatch, Stay } from '../../protocol'
import { isCancelled } from '../../domain/stayState'
import { ApiError, notFound } from '../errors/apiError'
import type { StaffPrincipal } from '../auth/principal'
import { stayCancelledNotice, stayChangedNotice, stayReinstatedNotice, type MessageDraft } from '../notices/stayNotices'
import type { Database } from '../storage/database'
import { findRecord, writeInMunicipality, type RecordWriter } from '../storage/records'
import { recordAccess } from './accessLog'
import { applyPatch } from './applyPatch'
import { judgePlan } from './planning/planningCheck'
import { recordOverride } from './planning/planningOverrides'
import { settlePendingRequests } from './settlePendingRequests'
import { assertOrdered, placeOf, tellHousehold, type StayOutcome } from './staffStays'

function draftFor(before: Stay, after: Stay, place: Place, note?: string, reason?: ReasonCode): MessageDraft {
  if (after.status === 'cancelledByMunicipality' && !isCancelled(before))
    return stayCancelledNotice(after, place, note, reason)
  if (isCancelled(before) && !isCancelled(after)) return stayReinstatedNotice(after, place, note)
  return stayChangedNotice(before, after, place, note)
}

/** A new time or place marks the stay `changed` unless the patch says otherwise; the kind follows the place. */
export async function patchStay(
  db: Database,
  staff: StaffPrincipal,
  stayId: string,
  patch: z.infer<typeof StaffStayPatch>,
  now: string,
): Promise<StayOutcome> {
  return writeInMunicipality(db, staff.municipalityId, (writer) => patchStayIn(writer, staff, stayId, patch, now))
}

/** The change made within a write already under way (the FHIR face's, which checks the version first). */
export async function patchStayIn(
  writer: RecordWriter,
  staff: StaffPrincipal,
  stayId: string,
  patch: z.infer<typeof StaffStayPatch>,
  now: string,
  action = 'staffPatchStay',
): Promise<StayOutcome> {
  const found = await findRecord(writer.tx, 'stay', stayId, { municipalityId: staff.municipalityId })
  if (!found?.householdId) throw notFound()
  const householdId = found.householdId
  const before = found.data
  const { note, reason, override, ...fields } = patch
  if (fields.status === 'cancelledByMunicipality' && isCancelled(before))
    throw new ApiError('conflict', 'The stay is already cancelled')
  const place = await placeOf(writer, fields.placeId ?? before.placeId)
  const moved =
    (fields.start ?? before.start) !== before.start ||
    (fields.end ?? before.end) !== before.end ||
    place.id !== before.placeId
  const after: Stay = {
    ...applyPatch(before, fields),
    kind: place.id === before.placeId ? before.kind : place.kind,
    status: fields.status ?? (moved && before.status === 'planned' ? 'changed' : before.status),
    updatedAt: now,
  }
  assertOrdered(after.start, after.end)
  const reinstated = isCancelled(before) && !isCancelled(after)
  let accepted: Awaited<ReturnType<typeof judgePlan>> = []
  if (!isCancelled(after) && (moved || reinstated)) {
    const times = [{ start: after.start, end: after.end }]
    const plan = { recipientId: after.recipientId, placeId: after.placeId, kind: after.kind, times }
    // A stay under way may get a new end; a reinstated one is judged as if new.
    const was = reinstated ? undefined : { start: before.start, end: before.end }
    accepted = await judgePlan(writer, { plan: { ...plan, before: was }, stayId, override }, Date.parse(now))
  }
  await writer.put('stay', after, householdId)
  const overrideReason = override?.reason ?? ''
  await recordOverride(writer.tx, {
    staff,
    householdId,
    stayIds: [stayId],
    codes: accepted,
    reason: overrideReason,
    at: now,
  })
  await recordAccess(writer.tx, {
    staff,
    action,
    householdIds: [householdId],
    recordId: stayId,
    at: now,
  })
  await settlePendingRequests(writer, householdId, before, after, note ?? null, now)
  const message = await tellHousehold(writer, householdId, after, draftFor(before, after, place, note, reason), now)
  return { stay: after, messages: [message] }
}
