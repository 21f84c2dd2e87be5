// What a place has room for, night by night (day by day for a day offer): the days a stay takes there,
// whether the place is open on them, and how many children each day holds against its beds, rooms or places.
import type { Stay, StayKind } from '../protocol/entities'
import type { CapacityUnit, ClosedPeriod, PlaceCapacity } from '../protocol/planning'
import { addDays, isoWeekday, localDateOf, type LocalDate } from './localDates'
import { isCancelled } from './stayState'

type Timed = Pick<Stay, 'start' | 'end'>
type Counted = Timed & Pick<Stay, 'id' | 'status'>

/** A day offer counts each day a child is there; the others count nights. */
export const countsDays = (unit: CapacityUnit): boolean => unit === 'dayPlaces'

/**
 * The days a stay takes at a place of this unit. Nights: the day each night begins (Friday 16.00 to Sunday
 * 16.00 takes Friday and Saturday, so a stay ending Sunday and one beginning Sunday share no night); a
 * stay within one day still takes that day. Day places: every day it touches.
 */
export function daysTaken(stay: Timed, unit: CapacityUnit, timeZone: string): LocalDate[] {
  const first = localDateOf(Date.parse(stay.start), timeZone)
  const endMs = Date.parse(stay.end)
  const last = countsDays(unit) ? localDateOf(endMs - 1, timeZone) : addDays(localDateOf(endMs, timeZone), -1)
  const days: LocalDate[] = [first]
  for (let day = addDays(first, 1); day <= last; day = addDays(day, 1)) days.push(day)
  return days
}

/** The closed period a day falls in, if any (a weekday the place is never open is not one). */
export function closedPeriodOn(capacity: Pick<PlaceCapacity, 'closed'>, day: LocalDate): ClosedPeriod | undefined {
  return capacity.closed.find(({ from, to }) => from <= day && day <= to)
}

export function isOpenOn(capacity: Pick<PlaceCapacity, 'openDays' | 'closed'>, day: LocalDate): boolean {
  return capacity.openDays.includes(isoWeekday(day)) && !closedPeriodOn(capacity, day)
}

/** How a place stands on a day: closed, more children than room (let through with a reason), full, or room left. */
export type DayState = 'closed' | 'over' | 'full' | 'free'

/** A day's state by the counted stays; with no capacity set nothing is full and every day is open. */
export function dayState(capacity: PlaceCapacity | null, use: { open: boolean; taken: number }): DayState {
  if (!capacity) return 'free'
  if (!use.open) return 'closed'
  if (use.taken > capacity.size) return 'over'
  return use.taken === capacity.size ? 'full' : 'free'
}

/** What a place without a capacity is counted by: a day offer by days, the others by nights; always open. */
export function noLimit(kind: StayKind): PlaceCapacity {
  return {
    unit: kind === 'dayOffer' ? 'dayPlaces' : 'children',
    size: 500,
    openDays: [1, 2, 3, 4, 5, 6, 7],
    closed: [],
  }
}

export interface DayUse {
  day: LocalDate
  open: boolean
  /** The stays there that day, not cancelled. */
  stayIds: string[]
  size: number
}

/** Each day from `from` to `to` (inclusive): open or not, and the stays it holds. */
export function occupancy(
  capacity: PlaceCapacity,
  stays: readonly Counted[],
  from: LocalDate,
  to: LocalDate,
  timeZone: string,
): DayUse[] {
  const byDay = new Map<LocalDate, string[]>()
  for (const stay of stays) {
    if (isCancelled(stay)) continue
    for (const day of daysTaken(stay, capacity.unit, timeZone)) byDay.set(day, [...(byDay.get(day) ?? []), stay.id])
  }
  const days: DayUse[] = []
  for (let day = from; day <= to; day = addDays(day, 1))
    days.push({ day, open: isOpenOn(capacity, day), stayIds: byDay.get(day) ?? [], size: capacity.size })
  return days
}

/** The days these new stays take where the place is closed. */
export function closedDaysOf(capacity: PlaceCapacity, planned: readonly Timed[], timeZone: string): LocalDate[] {
  const days = planned.flatMap((stay) => daysTaken(stay, capacity.unit, timeZone))
  return [...new Set(days.filter((day) => !isOpenOn(capacity, day)))].sort()
}

/** The days on which the stays already there and these new ones together take more than the place has. */
export function fullDaysOf(
  capacity: PlaceCapacity,
  existing: readonly Counted[],
  planned: readonly Timed[],
  timeZone: string,
): LocalDate[] {
  const count = new Map<LocalDate, number>()
  const add = (stay: Timed) => {
    for (const day of daysTaken(stay, capacity.unit, timeZone)) count.set(day, (count.get(day) ?? 0) + 1)
  }
  planned.forEach(add)
  const plannedDays = new Set(count.keys())
  existing.filter((stay) => !isCancelled(stay)).forEach(add)
  return [...plannedDays].filter((day) => (count.get(day) ?? 0) > capacity.size).sort()
}
