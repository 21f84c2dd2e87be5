// Calendar queries over the stays table, on its indexes.
import type { Stay } from '../protocol'
import type { PusteromDatabase } from './database'

/** Stays that end after `from`, soonest first: the agenda. */
export async function upcomingStays(database: PusteromDatabase, from: string, limit = 50): Promise<Stay[]> {
  // Stays last at most days, so starting the index scan a week back finds those under way.
  const weekBefore = new Date(Date.parse(from) - 7 * 24 * 3600_000).toISOString()
  const candidates = await database.stays.where('start').aboveOrEqual(weekBefore).limit(limit + 200).toArray()
  return candidates.filter((stay) => stay.end > from).slice(0, limit)
}

/** Stays that overlap the window [from, to), in start order; for one recipient or all. */
export async function staysBetween(database: PusteromDatabase, from: string, to: string, recipientId?: string): Promise<Stay[]> {
  const weekBefore = new Date(Date.parse(from) - 7 * 24 * 3600_000).toISOString()
  const inWindow = recipientId
    ? database.stays.where('[recipientId+start]').between([recipientId, weekBefore], [recipientId, to], true, false)
    : database.stays.where('start').between(weekBefore, to, true, false)
  return (await inWindow.toArray()).filter((stay) => stay.end > from)
}
