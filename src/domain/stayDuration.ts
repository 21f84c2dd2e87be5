// Whether a stay is a day stay (home again the same day, such as a day offer 09–15) or over night.
// It decides which template items go on the stay's packing list (no pyjamas for a day), how many of
// each (one spare set of clothes for a day), and when the family is reminded to pack; app and server
// both use these rules.
import type { ChecklistItem, Stay, StayFor } from '../protocol/entities'
import { localDateOf, localTimeOf } from './localDates'
import { NORWEGIAN_TIME_ZONE } from './zonedTime'

export type StayDuration = Exclude<StayFor, 'any'>

/** A stay that begins and ends on the same Norwegian calendar day spends no night away. */
export function stayDuration(stay: Pick<Stay, 'start' | 'end'>, timeZone = NORWEGIAN_TIME_ZONE): StayDuration {
  const sameDay = localDateOf(Date.parse(stay.start), timeZone) === localDateOf(Date.parse(stay.end), timeZone)
  return sameDay ? 'day' : 'overnight'
}

/** Whether a template item marked for day stays, overnight stays or any (the default) fits this stay. */
export function itemFitsStay(item: Pick<ChecklistItem, 'forStays'>, stay: Pick<Stay, 'start' | 'end'>): boolean {
  const forStays = item.forStays ?? 'any'
  return forStays === 'any' || forStays === stayDuration(stay)
}

/**
 * How many of a template item a stay's list asks for. The template counts for a stay over night: a day
 * stay needs one spare of each piece of clothing (one pair of underpants, not three), and as many as the
 * template says of anything else (nappies, medicines).
 */
export function quantityForStay(
  item: Pick<ChecklistItem, 'category' | 'quantity'>,
  stay: Pick<Stay, 'start' | 'end'>,
): number {
  return item.category === 'clothes' && stayDuration(stay) === 'day' ? Math.min(item.quantity, 1) : item.quantity
}

/**
 * When to remind the family to pack, as a wall-clock time `daysBefore` days before the stay's day.
 * Overnight: 19.00 the evening before, to pack the bag in peace. Day stay: 07.00 the same morning,
 * since a small day bag packed every week is not worth an evening reminder; a day stay starting
 * before 08.00 gets none, as 07.00 would be too late to help. Null: no packing reminder.
 */
export function packingReminderRule(
  stay: Pick<Stay, 'start' | 'end'>,
  timeZone = NORWEGIAN_TIME_ZONE,
): { daysBefore: number; hour: number; minute: number } | null {
  if (stayDuration(stay, timeZone) === 'overnight') return { daysBefore: 1, hour: 19, minute: 0 }
  return localTimeOf(Date.parse(stay.start), timeZone) >= '08:00' ? { daysBefore: 0, hour: 7, minute: 0 } : null
}
