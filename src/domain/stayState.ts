// What state a stay is in for the family, and whether they can still ask to change it.
// "Change requested" is not stored: it is a stay with a request the municipality has not answered.
import type { ChangeRequest, Stay } from '../protocol/entities'

export const STAY_STATES = [
  'planned',
  'changeRequested',
  'changed',
  'cancelledByFamily',
  'cancelledByMunicipality',
] as const
export type StayState = (typeof STAY_STATES)[number]

type RequestLike = Pick<ChangeRequest, 'stayId' | 'status' | 'createdAt'>

export function isCancelled(stay: Pick<Stay, 'status'>): boolean {
  return stay.status === 'cancelledByFamily' || stay.status === 'cancelledByMunicipality'
}

/** The request of this stay still waiting for an answer, the newest if there are several. */
export function pendingRequest<R extends RequestLike>(stay: Pick<Stay, 'id'>, requests: readonly R[]): R | undefined {
  return newestFirst(requests.filter((request) => request.stayId === stay.id && request.status === 'pending'))[0]
}

/** A cancellation ends the story; an open request outranks the stay's own planned or changed state. */
export function stayState(stay: Pick<Stay, 'id' | 'status'>, requests: readonly RequestLike[]): StayState {
  if (isCancelled(stay)) return stay.status as StayState
  if (pendingRequest(stay, requests)) return 'changeRequested'
  return stay.status as StayState
}

/** The family can ask for a change until the stay begins, unless it is already cancelled. */
export function canRequestChange(stay: Pick<Stay, 'status' | 'start'>, nowMs: number): boolean {
  return !isCancelled(stay) && Date.parse(stay.start) > nowMs
}

/** Why the family cannot ask for a change now, or null when they can. One open request at a time. */
export type RequestBlock = 'cancelled' | 'started' | 'pending'

export function requestBlock(
  stay: Pick<Stay, 'id' | 'status' | 'start'>,
  requests: readonly RequestLike[],
  nowMs: number,
): RequestBlock | null {
  if (isCancelled(stay)) return 'cancelled'
  if (Date.parse(stay.start) <= nowMs) return 'started'
  return pendingRequest(stay, requests) ? 'pending' : null
}

/** Whether the stay is over at `nowMs`. */
export function hasEnded(stay: Pick<Stay, 'end'>, nowMs: number): boolean {
  return Date.parse(stay.end) <= nowMs
}

export function newestFirst<R extends Pick<ChangeRequest, 'createdAt'>>(requests: readonly R[]): R[] {
  return [...requests].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
}

/** Requests grouped by the stay they are about. */
export function requestsByStay<R extends Pick<ChangeRequest, 'stayId'>>(requests: readonly R[]): Map<string, R[]> {
  const byStay = new Map<string, R[]>()
  for (const request of requests) {
    const list = byStay.get(request.stayId)
    if (list) list.push(request)
    else byStay.set(request.stayId, [request])
  }
  return byStay
}

/**
 * What a stay's badge says: a planned or changed stay that has begun is "underway" and one that is over
 * is "ended", never still "planned".
 */
export type ShownStayState = StayState | 'underway' | 'ended'

export function shownStayState(state: StayState, stay: Pick<Stay, 'start' | 'end'>, nowMs: number): ShownStayState {
  if (state !== 'planned' && state !== 'changed') return state
  if (hasEnded(stay, nowMs)) return 'ended'
  return Date.parse(stay.start) <= nowMs ? 'underway' : state
}
