// Times and dates as Norwegians type them, on any keyboard: a Norwegian iPhone's number pad has only the
// digits and ",", so "19,30" is half past seven as surely as "19.30", "19:30" or "1930". One text, one
// reading or none: nothing is guessed or filled in (no list of times in one field, no missing minutes or
// year made up), so a field never saves what the family did not type.
import { fromUtcDate, type LocalDate } from './localDates'

const pad = (value: number) => String(value).padStart(2, '0')

// An hour, then two digits of minutes after ".", ":", ",", a space or nothing; "kl." in front is allowed.
const TIME = /^\s*(?:kl\.?\s*)?(\d{1,2})(?:(?:\s*[.:,]\s*|\s+)?(\d{2}))?\s*$/i
// Day, month and a year of two or four digits, between ".", ",", "/", "-" or spaces; a closing "." is allowed.
const DATE = /^\s*(\d{1,2})\s*[.,/\s-]\s*(\d{1,2})\s*[.,/\s-]\s*(\d{4}|\d{2})\s*\.?\s*$/

/** A time of day on a 24-hour clock as `HH:MM` ("19,30" → "19:30", "8" → "08:00"), or null. */
export function parseTypedTime(text: string): string | null {
  const match = TIME.exec(text)
  if (!match) return null
  const hour = Number(match[1])
  const minute = Number(match[2] ?? '0')
  if (hour > 23 || minute > 59) return null
  return `${pad(hour)}:${pad(minute)}`
}

/**
 * A day as `YYYY-MM-DD` ("8.12.26" → "2026-12-08", "08,12,2026" too), or null when it is not a real day.
 * A two-digit year is this century's, as Norwegians mean it. Never read from the browser's locale.
 */
export function parseTypedDate(text: string): LocalDate | null {
  const match = DATE.exec(text)
  if (!match) return null
  const day = Number(match[1])
  const month = Number(match[2])
  const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3])
  const date = new Date(Date.UTC(year, month - 1, day))
  // Date.UTC counts years 0–99 as 1900–1999; a year that small is no date a family means. A day past its
  // month's end (at most 99) rolls into another month, so the month alone tells whether the day is real.
  if (year < 1000 || date.getUTCMonth() !== month - 1) return null
  return fromUtcDate(date)
}

/**
 * Times typed one to a field, as a medicine's doses: read, sorted, once each, empty fields left out; `invalid`
 * holds the positions of the fields that are not a time (then nothing is to be saved).
 */
export function parseTypedTimes(fields: readonly string[]): { times: string[]; invalid: number[] } {
  const times = new Set<string>()
  const invalid: number[] = []
  fields.forEach((field, index) => {
    if (field.trim() === '') return
    const time = parseTypedTime(field)
    if (time) times.add(time)
    else invalid.push(index)
  })
  return { times: [...times].sort(), invalid }
}
