// The family's change requests as the calendar shows them, and which of them have not left the phone.
import type { ChangeRequest, MutationName, Stay } from '../protocol'
import type { PusteromDatabase } from './database'

const REQUEST_MUTATIONS: ReadonlySet<MutationName> = new Set(['requestCancellation', 'requestTimeChange'])

/** Every request about any of these stays. */
export function requestsOfStays(database: PusteromDatabase, stayIds: readonly string[]): Promise<ChangeRequest[]> {
  if (stayIds.length === 0) return Promise.resolve([])
  return database.changeRequests.where('stayId').anyOf([...stayIds]).toArray()
}

/** The ids of requests whose mutation still waits in the outbox: made on this phone, not yet sent. */
export async function unsentRequestIds(database: PusteromDatabase): Promise<Set<string>> {
  const unsent = new Set<string>()
  await database.outbox.each((entry) => {
    if (REQUEST_MUTATIONS.has(entry.name) && 'changeRequestId' in entry.args) unsent.add(entry.args.changeRequestId)
  })
  return unsent
}

/** Stays with what the calendar needs to show their state: their requests and which are unsent. */
export interface StaysWithRequests {
  stays: Stay[]
  requests: ChangeRequest[]
  unsent: Set<string>
}

export const noStays: StaysWithRequests = { stays: [], requests: [], unsent: new Set() }

/** Reads the stays and their requests in one read transaction, which halves the month query's time. */
export function withRequests(database: PusteromDatabase, stays: () => Promise<Stay[]>): Promise<StaysWithRequests> {
  return database.transaction('r', [database.stays, database.changeRequests, database.outbox], async () => {
    const found = await stays()
    const [requests, unsent] = await Promise.all([requestsOfStays(database, found.map((stay) => stay.id)), unsentRequestIds(database)])
    return { stays: found, requests, unsent }
  })
}
