// Which stays the first screen puts first ("Viktig nå"): each person's stay going on or next, and a later
// stay whose change deadline is today or tomorrow and can still be met, even when another stay comes first.
import type { CalendarEntry } from './calendarEntries'
import type { ChangeDeadlineRule } from './deadline'
import { calendarDaysUntil, deadlineStatus } from './deadlineStatus'
import { isCancelled } from './stayState'

function openDeadlineOf(entry: CalendarEntry, rule: ChangeDeadlineRule | null, nowMs: number): string | null {
  if (Date.parse(entry.stay.start) <= nowMs) return null
  const status = deadlineStatus(entry.stay.start, rule, nowMs)
  return status.kind === 'open' ? status.deadline : null
}

function isNear(deadline: string, rule: ChangeDeadlineRule | null, nowMs: number): boolean {
  return rule !== null && calendarDaysUntil(deadline, nowMs, rule.timeZone) <= NEAR_DEADLINE_DAYS
}

/** A later stay's deadline is brought to the first screen from this many calendar days ahead: today, tomorrow. */
export const NEAR_DEADLINE_DAYS = 1

/**
 * From the agenda (soonest first): per person the stay going on or next, and the first stay whose deadline
 * is still open, when that is a later one and its deadline near. Open deadlines come first, nearest first;
 * then the rest in the agenda's order.
 */
export function whatMattersNow(
  agenda: readonly CalendarEntry[],
  rule: ChangeDeadlineRule | null,
  nowMs: number,
): CalendarEntry[] {
  const next = new Set<string>()
  const open = new Set<string>()
  const chosen: { entry: CalendarEntry; openDeadline: string | null }[] = []
  for (const entry of agenda) {
    if (isCancelled(entry.stay)) continue
    const person = entry.stay.recipientId
    const openDeadline = openDeadlineOf(entry, rule, nowMs)
    const isNext = !next.has(person)
    const isFirstOpen = openDeadline !== null && !open.has(person) && isNear(openDeadline, rule, nowMs)
    if (!isNext && !isFirstOpen) continue
    next.add(person)
    if (openDeadline !== null) open.add(person)
    chosen.push({ entry, openDeadline })
  }
  // Stable: entries without an open deadline keep the agenda's order after those with one.
  return chosen
    .sort((a, b) => {
      if (a.openDeadline && b.openDeadline) return Date.parse(a.openDeadline) - Date.parse(b.openDeadline)
      return a.openDeadline ? -1 : b.openDeadline ? 1 : 0
    })
    .map(({ entry }) => entry)
}
