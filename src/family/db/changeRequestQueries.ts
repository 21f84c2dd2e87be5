// The family's change requests as the calendar shows them, and which of them have not left the phone.
import type { StaysWithRequests } from '../../domain/calendarEntries'
import type { ChangeRequest, MutationName, Stay } from '../../protocol'
import type { OutboxEntry, PusteromDatabase } from './database'
import { acknowledgedMutations } from './outboxQueries'

const REQUEST_MUTATIONS: ReadonlySet<MutationName> = new Set(['requestCancellation', 'requestTimeChange'])

/** Adds the request an outbox entry makes, if it makes one, to `unsent`. */
export function addUnsentRequest(unsent: Set<string>, entry: OutboxEntry): Set<string> {
  if (REQUEST_MUTATIONS.has(entry.name) && 'changeRequestId' in entry.args) unsent.add(entry.args.changeRequestId)
  return unsent
}

/** The ids of requests whose mutation still waits in the outbox: made on this phone, not yet sent. */
export async function unsentRequestIds(database: PusteromDatabase): Promise<Set<string>> {
  const unsent = new Set<string>()
  await database.outbox.each((entry) => addUnsentRequest(unsent, entry))
  return unsent
}

/** The ids of requests the server has acknowledged but whose own copy, with its verdict, is not pulled yet. */
export async function awaitingRequestIds(database: PusteromDatabase): Promise<Set<string>> {
  const awaiting = new Set<string>()
  for (const mutation of await acknowledgedMutations(database))
    if (REQUEST_MUTATIONS.has(mutation.name) && 'changeRequestId' in mutation.args)
      awaiting.add(mutation.args.changeRequestId)
  return awaiting
}

/** Stays with what the calendar needs to show their state: their open requests and which are unsent. */
export type { StaysWithRequests }

export const noStays: StaysWithRequests = { stays: [], requests: [], unsent: new Set() }

/**
 * Reads the stays and the household's open requests in one read transaction. Open requests are few,
 * so one read by status beats looking up every stay's requests (`anyOf` over random ids is slow).
 */
export function withRequests(database: PusteromDatabase, stays: () => Promise<Stay[]>): Promise<StaysWithRequests> {
  return database.transaction('r', [database.stays, database.changeRequests, database.outbox], async () => {
    const [found, open, unsent] = await Promise.all([
      stays(),
      database.changeRequests.where('status').equals('pending').toArray(),
      unsentRequestIds(database),
    ])
    return staysWithRequests(found, open, unsent)
  })
}

/** The stays with those of the household's open requests that are about them. */
export function staysWithRequests(stays: Stay[], open: ChangeRequest[], unsent: Set<string>): StaysWithRequests {
  const shown = new Set(stays.map((stay) => stay.id))
  return { stays, requests: open.filter((request) => shown.has(request.stayId)), unsent }
}
