// When the municipality cancels or moves a stay itself, the family's unanswered requests about it are
// settled too, so none waits for ever and the family may ask again about the stay as it is now.
import type { ChangeRequest, Stay } from '../../protocol'
import { findRecordsWhere, type RecordWriter } from '../storage/records'

/** What the staff's change did to the stay, as far as a pending request is concerned. */
export type StaffChange = 'cancelled' | 'moved' | 'other'

export function staffChangeOf(before: Stay, after: Stay): StaffChange {
  const wasCancelled = before.status === 'cancelledByFamily' || before.status === 'cancelledByMunicipality'
  if (after.status === 'cancelledByMunicipality' && !wasCancelled) return 'cancelled'
  const moved = after.start !== before.start || after.end !== before.end || after.placeId !== before.placeId
  return moved ? 'moved' : 'other'
}

/** A cancellation asked for is granted by the municipality cancelling; anything else is overtaken. */
export function settledRequest(
  request: ChangeRequest,
  change: Exclude<StaffChange, 'other'>,
  note: string | null,
  now: string,
): ChangeRequest {
  const granted = change === 'cancelled' && request.type === 'cancel'
  return { ...request, status: granted ? 'accepted' : 'overtaken', answerNote: note, answeredAt: now }
}

export async function settlePendingRequests(
  writer: RecordWriter,
  householdId: string,
  before: Stay,
  after: Stay,
  note: string | null,
  now: string,
): Promise<void> {
  const change = staffChangeOf(before, after)
  if (change === 'other') return
  const requests = await findRecordsWhere(writer.tx, 'changeRequest', { householdId }, 'stayId', after.id)
  for (const { data } of requests) {
    if (data.status === 'pending')
      await writer.put('changeRequest', settledRequest(data, change, note, now), householdId)
  }
}
