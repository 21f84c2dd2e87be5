// What the first screen reads before Dexie has loaded (firstRead.ts): the session on the device and the
// agenda, read as the live queries beside them read it (stayQueries, changeRequestQueries), on the same indexes.
import type { StaysWithRequests } from '../../domain/calendarEntries'
import { earliestStartUnderWay } from '../../domain/stayLength'
import type { ChangeDeadlineRule, ChangeRequest, Municipality, Place, Recipient, Stay } from '../../protocol'
import type { StoredSession } from '../sync/sessionOnDevice'
import { addUnsentRequest, staysWithRequests } from './changeRequestQueries'
import type { KeyValue, OutboxEntry } from './database'
import { answerOf, firstRead } from './firstRead'
import { upcomingOf, upcomingReadCount } from './stayQueries'

export function firstSession(key: string): Promise<StoredSession | null | undefined> {
  return firstRead.read(['meta'], async (transaction) => {
    const row = await answerOf<KeyValue | undefined>(transaction.objectStore('meta').get(key))
    return (row?.value as StoredSession | undefined) ?? null
  })
}

/** The agenda's stays with their open requests, as `withRequests(db, () => upcomingStays(…))` reads them. */
export function firstUpcoming(
  from: string,
  limit: number,
  recipientId?: string,
): Promise<StaysWithRequests | undefined> {
  return firstRead.read(['stays', 'changeRequests', 'outbox'], async (transaction) => {
    const stays = transaction.objectStore('stays')
    const earliest = earliestStartUnderWay(from)
    const range = recipientId
      ? IDBKeyRange.bound([recipientId, earliest], [recipientId, '\uffff'])
      : IDBKeyRange.lowerBound(earliest)
    const scan = stays.index(recipientId ? '[recipientId+start]' : 'start').getAll(range, upcomingReadCount(limit))
    const [candidates, open, outbox] = await Promise.all([
      answerOf<Stay[]>(scan),
      answerOf<ChangeRequest[]>(transaction.objectStore('changeRequests').index('status').getAll('pending')),
      answerOf<OutboxEntry[]>(transaction.objectStore('outbox').getAll()),
    ])
    const unsent = outbox.reduce(addUnsentRequest, new Set<string>())
    return staysWithRequests(upcomingOf(candidates, from, limit), open, unsent)
  })
}

export const firstPlaces = () =>
  firstRead.read(['places'], (transaction) => answerOf<Place[]>(transaction.objectStore('places').getAll()))

export const firstRecipients = () =>
  firstRead.read(['recipients'], (transaction) => answerOf<Recipient[]>(transaction.objectStore('recipients').getAll()))

/** The municipality's change deadline, as `municipality.toCollection().first()` finds it: the first by key. */
export const firstDeadlineRule = () =>
  firstRead.read(['municipality'], async (transaction): Promise<ChangeDeadlineRule | null> => {
    const [first] = await answerOf<Municipality[]>(transaction.objectStore('municipality').getAll(null, 1))
    return first?.changeDeadline ?? null
  })
