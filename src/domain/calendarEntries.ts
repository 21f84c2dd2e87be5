// A stay as the calendar shows it: with its person, its place, its derived state and whether the
// family's request about it is still on the phone.
import type { ChangeRequest, Place, Recipient, Stay } from '../protocol'
import { pendingRequest, requestsByStay, stayState, type StayState } from './stayState'

/** Stays with what the calendar needs to show their state: their open requests and which are unsent. */
export interface StaysWithRequests {
  stays: Stay[]
  /** The open (pending) requests about these stays; answered ones do not change a stay's state. */
  requests: ChangeRequest[]
  unsent: Set<string>
}

export interface CalendarEntry {
  stay: Stay
  place: Place | undefined
  recipient: Recipient | undefined
  state: StayState
  /** The request waiting for the municipality's answer, if any. */
  pending: ChangeRequest | undefined
  /** The pending request has not reached the municipality yet. */
  unsent: boolean
}

export interface CalendarLookups {
  placeById: Map<string, Place>
  recipientById: Map<string, Recipient>
}

export function lookupsOf(places: readonly Place[], recipients: readonly Recipient[]): CalendarLookups {
  return {
    placeById: new Map(places.map((place) => [place.id, place])),
    recipientById: new Map(recipients.map((recipient) => [recipient.id, recipient])),
  }
}

export function calendarEntries(data: StaysWithRequests, lookups: CalendarLookups): CalendarEntry[] {
  const byStay = requestsByStay(data.requests)
  return data.stays.map((stay) => {
    // Stryker disable next-line ArrayDeclaration: the state reads only requests about this stay, so any list without one is the same
    const requests = byStay.get(stay.id) ?? []
    const pending = pendingRequest(stay, requests)
    return {
      stay,
      place: lookups.placeById.get(stay.placeId),
      recipient: lookups.recipientById.get(stay.recipientId),
      state: stayState(stay, requests),
      pending,
      unsent: pending !== undefined && data.unsent.has(pending.id),
    }
  })
}
