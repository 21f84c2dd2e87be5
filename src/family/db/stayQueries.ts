// Calendar queries over the stays table, on its indexes.
import { earliestStartUnderWay } from '../../domain/stayLength'
import type { Stay } from '../../protocol'
import type { PusteromDatabase } from './database'

/** Stays that started in the lookback week but ended before `from` are skipped; a household has few. */
const LOOKBACK_ALLOWANCE = 200

/** How many stays the agenda reads from where a stay under way may have started (also firstScreenReads.ts). */
export const upcomingReadCount = (limit: number) => limit + LOOKBACK_ALLOWANCE

/** The agenda out of the stays read: those that end after `from`, at most `limit`. */
export const upcomingOf = (candidates: Stay[], from: string, limit: number): Stay[] =>
  candidates.filter((stay) => stay.end > from).slice(0, limit)

/** Stays that end after `from`, soonest first: the agenda; for one recipient or all. */
export async function upcomingStays(
  database: PusteromDatabase,
  from: string,
  limit = 50,
  recipientId?: string,
): Promise<Stay[]> {
  const scan = recipientId
    ? database.stays
        .where('[recipientId+start]')
        .between([recipientId, earliestStartUnderWay(from)], [recipientId, '\uffff'], true, true)
    : database.stays.where('start').aboveOrEqual(earliestStartUnderWay(from))
  // One bounded read (getAll) rather than a cursor, which costs a round trip per stay.
  return upcomingOf(await scan.limit(upcomingReadCount(limit)).toArray(), from, limit)
}

/** Stays that have ended by `before`, most recent first: the family's history; for one recipient or all. */
export async function pastStays(
  database: PusteromDatabase,
  before: string,
  limit = 20,
  recipientId?: string,
): Promise<Stay[]> {
  const scan = recipientId
    ? database.stays.where('[recipientId+start]').between([recipientId, ''], [recipientId, before], true, false)
    : database.stays.where('start').below(before)
  const past: Stay[] = []
  await scan
    .reverse()
    .until(() => past.length >= limit)
    .each((stay) => {
      if (stay.end <= before) past.push(stay)
    })
  return past
}

/** Stays that overlap the window [from, to), in start order; for one recipient or all. */
export async function staysBetween(
  database: PusteromDatabase,
  from: string,
  to: string,
  recipientId?: string,
): Promise<Stay[]> {
  const inWindow = recipientId
    ? database.stays
        .where('[recipientId+start]')
        .between([recipientId, earliestStartUnderWay(from)], [recipientId, to], true, false)
    : database.stays.where('start').between(earliestStartUnderWay(from), to, true, false)
  return (await inWindow.toArray()).filter((stay) => stay.end > from)
}
