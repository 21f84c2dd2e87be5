// Calendar days (YYYY-MM-DD) in a time zone: which day an instant falls on, where a day begins,
// and day arithmetic that never counts hours, so summer-time changes cannot shift a day.
import { zonedParts, zonedTimeToInstant } from './zonedTime'

/** A calendar date without time: `2026-11-27`. */
export type LocalDate = string

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

function parts(date: LocalDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number)
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 }
}

function fromUtcDate(date: Date): LocalDate {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/** The calendar day on which `timeZone`'s clock stands at `epochMs`. */
export function localDateOf(epochMs: number, timeZone: string): LocalDate {
  const p = zonedParts(epochMs, timeZone)
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`
}

/** The instant a calendar day begins in `timeZone` (epoch ms). */
export function startOfLocalDate(date: LocalDate, timeZone: string): number {
  return zonedTimeToInstant({ ...parts(date), hour: 0, minute: 0 }, timeZone)
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const p = parts(date)
  return fromUtcDate(new Date(Date.UTC(p.year, p.month - 1, p.day + days)))
}

export function addMonths(date: LocalDate, months: number): LocalDate {
  const p = parts(date)
  return fromUtcDate(new Date(Date.UTC(p.year, p.month - 1 + months, 1)))
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const a = parts(from)
  const b = parts(to)
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000)
}

/** 1 for Monday through 7 for Sunday, as Norwegian calendars count. */
export function isoWeekday(date: LocalDate): number {
  const p = parts(date)
  const sundayIsZero = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()
  return sundayIsZero === 0 ? 7 : sundayIsZero
}

/** The Monday of the week `date` is in. */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date))
}

/** The ISO 8601 week number (uke 48) Norwegian calendars print. */
export function isoWeekNumber(date: LocalDate): number {
  const thursday = addDays(date, 4 - isoWeekday(date))
  const yearOfThursday = parts(thursday).year
  return Math.floor(daysBetween(`${pad(yearOfThursday, 4)}-01-01`, thursday) / 7) + 1
}

/** The first day of the month `date` is in. */
export function firstOfMonth(date: LocalDate): LocalDate {
  return `${date.slice(0, 7)}-01`
}

/** The year and month of a date as `2026-11`. */
export function yearMonthOf(date: LocalDate): string {
  return date.slice(0, 7)
}

/** Whether a string is a real `YYYY-MM` month. */
export function isYearMonth(value: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(value)
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12
}

/** The wall-clock time (`16:00`) of an instant in `timeZone`. */
export function localTimeOf(epochMs: number, timeZone: string): string {
  const p = zonedParts(epochMs, timeZone)
  return `${pad(p.hour)}:${pad(p.minute)}`
}

/** The instant (ISO, UTC) at which `timeZone`'s clock shows `time` on `date`. */
export function instantOfLocal(date: LocalDate, time: string, timeZone: string): string {
  const [hour, minute] = time.split(':').map(Number)
  return new Date(zonedTimeToInstant({ ...parts(date), hour: hour ?? 0, minute: minute ?? 0 }, timeZone)).toISOString()
}

/**
 * A time of day as people type it on a 24-hour clock: "16.00", "16:00", "1600", "16" or "7.30".
 * Returns `HH:MM`, or null when it is not a time.
 */
export function parseClockTime(text: string): string | null {
  const match = /^\s*(\d{1,2})(?:\s*[.:,]?\s*(\d{2}))?\s*$/.exec(text)
  if (!match) return null
  const hour = Number(match[1])
  // Stryker disable next-line StringLiteral: Number('') is 0 as well
  const minute = Number(match[2] ?? '0')
  if (hour > 23 || minute > 59) return null
  return `${pad(hour)}:${pad(minute)}`
}

/** A date typed as Norwegians write it ("1.8.2027", "01.08.2027"; also with "/", "-" or ","), as a
 * calendar date; null when it is not a real day. Never read from the browser's locale. */
export function parseNumericDate(text: string): LocalDate | null {
  const match = /^\s*(\d{1,2})\s*[./,-]\s*(\d{1,2})\s*[./,-]\s*(\d{4})\s*$/.exec(text)
  if (!match) return null
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = fromUtcDate(new Date(Date.UTC(year, month - 1, day)))
  // A day past its month's end (31.02.) rolls into another month: only a real day reads back as typed.
  return date === `${pad(year, 4)}-${pad(month)}-${pad(day)}` ? date : null
}
