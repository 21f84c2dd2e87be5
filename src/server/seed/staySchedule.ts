// Regular respite as families have it: every other weekend, a weekly day offer, a summer week,
// all in Norwegian wall-clock time whatever the season.
import { zonedTimeToInstant } from '../../domain/zonedTime'
import { addDays, daysBetween, isoWeekday, localDateOf, mondayOf, type LocalDate } from '../../domain/localDates'
import { NORWEGIAN_TIME_ZONE } from '../../domain/zonedTime'

export interface Slot {
  start: string
  end: string
}

export interface Window {
  from: LocalDate
  to: LocalDate
}

/** The instant Norwegian clocks show `time` on `date`. */
export function norwegianInstant(date: LocalDate, time: string): string {
  const [year, month, day] = date.split('-').map(Number)
  const [hour, minute] = time.split(':').map(Number)
  const epochMs = zonedTimeToInstant(
    { year: year ?? 0, month: month ?? 1, day: day ?? 1, hour: hour ?? 0, minute: minute ?? 0 },
    NORWEGIAN_TIME_ZONE,
  )
  return new Date(epochMs).toISOString()
}

/** The days from `daysBefore` before to `daysAfter` after the Norwegian day of `epochMs`. */
export function windowAround(epochMs: number, daysBefore: number, daysAfter: number): Window {
  const today = localDateOf(epochMs, NORWEGIAN_TIME_ZONE)
  return { from: addDays(today, -daysBefore), to: addDays(today, daysAfter) }
}

function* days(window: Window): Generator<LocalDate> {
  for (let date = window.from; date <= window.to; date = addDays(date, 1)) yield date
}

const weekNumberSince1970 = (date: LocalDate) => Math.floor(daysBetween('1970-01-05', mondayOf(date)) / 7)

/** Friday 16:00 to Sunday 16:00 in every other week; `parity` 0 or 1 picks which weeks. */
export function everyOtherWeekend(window: Window, parity: 0 | 1, times = { start: '16:00', end: '16:00' }): Slot[] {
  const slots: Slot[] = []
  for (const date of days(window)) {
    if (isoWeekday(date) === 5 && weekNumberSince1970(date) % 2 === parity) {
      slots.push({ start: norwegianInstant(date, times.start), end: norwegianInstant(addDays(date, 2), times.end) })
    }
  }
  return slots
}

/** The same hours on one weekday (1 Monday … 7 Sunday) every week. */
export function weekly(window: Window, weekday: number, start: string, end: string): Slot[] {
  const slots: Slot[] = []
  for (const date of days(window)) {
    if (isoWeekday(date) === weekday)
      slots.push({ start: norwegianInstant(date, start), end: norwegianInstant(date, end) })
  }
  return slots
}

/** Monday 10:00 to Friday 15:00 of the first full week of July that falls inside the window, if any. */
export function summerWeek(window: Window): Slot | null {
  const firstYear = Number(window.from.slice(0, 4))
  for (const year of [firstYear, firstYear + 1]) {
    const firstMonday = mondayOf(`${year}-07-07`)
    if (firstMonday >= window.from && addDays(firstMonday, 4) <= window.to) {
      return { start: norwegianInstant(firstMonday, '10:00'), end: norwegianInstant(addDays(firstMonday, 4), '15:00') }
    }
  }
  return null
}

/** Slots that do not overlap any of `taken`. */
export function without(slots: readonly Slot[], taken: readonly Slot[]): Slot[] {
  return slots.filter((slot) => !taken.some((other) => slot.start < other.end && other.start < slot.end))
}
