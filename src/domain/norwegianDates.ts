// Dates and times as Norwegians write them (fre. 27.11., kl. 16.00), in nb, nn and en, through Intl:
// one formatter for the app, the push texts, the notices and the calendar feed.
import type { Locale } from '../protocol/locale'
import type { LocalDate } from './localDates'
import { NORWEGIAN_TIME_ZONE, zonedParts } from './zonedTime'

/** The Intl locale used for dates and numbers in each language. */
export const intlLocaleOf: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' }

const cache = new Map<string, Intl.DateTimeFormat>()

function format(epochMs: number, locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}:${timeZone}:${JSON.stringify(options)}`
  let formatter = cache.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocaleOf[locale], { timeZone, hourCycle: 'h23', ...options })
    cache.set(key, formatter)
  }
  return formatter.format(epochMs)
}

/** A calendar day has no zone: noon UTC, read in UTC, is that day wherever the formatter runs. */
function formatLocalDate(date: LocalDate, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  return format(Date.parse(`${date}T12:00:00.000Z`), locale, 'UTC', options)
}

const DAY_LONG = { weekday: 'long', day: 'numeric', month: 'long' } as const
const DATE_WITH_YEAR = { day: 'numeric', month: 'long', year: 'numeric' } as const

/** "08:00" as the language writes a time of day: "08.00" in Norwegian (Språkrådet), "08:00" in English. */
export function formatWallClock(time: string, locale: Locale): string {
  return locale === 'en' ? time : time.replace(':', '.')
}

/** "16.00": ICU gives "16:00" for Norwegian too, so the full stop is put in by `formatWallClock`. */
export function formatTime(instant: string, locale: Locale, timeZone = NORWEGIAN_TIME_ZONE): string {
  return formatWallClock(format(Date.parse(instant), locale, timeZone, { hour: '2-digit', minute: '2-digit' }), locale)
}

/** "fredag" */
export function formatWeekday(instant: string, locale: Locale, timeZone = NORWEGIAN_TIME_ZONE): string {
  return format(Date.parse(instant), locale, timeZone, { weekday: 'long' })
}

/** "fredag 27. november" */
export function formatDayLong(instant: string, locale: Locale, timeZone = NORWEGIAN_TIME_ZONE): string {
  return format(Date.parse(instant), locale, timeZone, DAY_LONG)
}

/** "fre. 27.11." */
export function formatDayShort(instant: string, locale: Locale, timeZone = NORWEGIAN_TIME_ZONE): string {
  return format(Date.parse(instant), locale, timeZone, { weekday: 'short', day: '2-digit', month: '2-digit' })
}

/** "fre. 27.11.", or "fre. 27.11.2027" when the day is in another year than `nowMs`, so a list never
 * leaves a reader guessing which year. */
export function formatDayShortNear(
  instant: string,
  nowMs: number,
  locale: Locale,
  timeZone = NORWEGIAN_TIME_ZONE,
): string {
  const year = (epochMs: number) => format(epochMs, locale, timeZone, { year: 'numeric' })
  if (year(Date.parse(instant)) === year(nowMs)) return formatDayShort(instant, locale, timeZone)
  return format(Date.parse(instant), locale, timeZone, {
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  })
}

/** "fredag 27.11." */
export function formatDayNumeric(instant: string, locale: Locale, timeZone = NORWEGIAN_TIME_ZONE): string {
  return format(Date.parse(instant), locale, timeZone, { weekday: 'long', day: '2-digit', month: '2-digit' })
}

/** "fre. 27.11. 16.00" */
export function formatDayAndTime(instant: string, locale: Locale, timeZone = NORWEGIAN_TIME_ZONE): string {
  return `${formatDayShort(instant, locale, timeZone)} ${formatTime(instant, locale, timeZone)}`
}

/** "3. oktober 2026" */
export function formatDate(instant: string, locale: Locale, timeZone = NORWEGIAN_TIME_ZONE): string {
  return format(Date.parse(instant), locale, timeZone, DATE_WITH_YEAR)
}

/** "3. oktober 2026 16.00" */
export function formatDateAndTime(instant: string, locale: Locale, timeZone = NORWEGIAN_TIME_ZONE): string {
  return `${formatDate(instant, locale, timeZone)} ${formatTime(instant, locale, timeZone)}`
}

/** A calendar day: "fredag 27. november" */
export function formatDateLong(date: LocalDate, locale: Locale): string {
  return formatLocalDate(date, locale, DAY_LONG)
}

/** A calendar day with its year: "1. januar 2026" */
export function formatDateWithYear(date: LocalDate, locale: Locale): string {
  return formatLocalDate(date, locale, DATE_WITH_YEAR)
}

/** A calendar day as a form shows it, "01.08.2027", in every language: the form's own format, not the browser's. */
export function formatDateNumeric(date: LocalDate): string {
  return formatLocalDate(date, 'nb', { day: '2-digit', month: '2-digit', year: 'numeric' })
}

/** The short weekday of a calendar day, for the month grid: "man." */
export function formatWeekdayShort(date: LocalDate, locale: Locale): string {
  return formatLocalDate(date, locale, { weekday: 'short' })
}

/** A month (YYYY-MM): "november 2026" */
export function formatMonthYear(yearMonth: string, locale: Locale): string {
  return formatLocalDate(`${yearMonth}-15`, locale, { month: 'long', year: 'numeric' })
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>()

function relativeFormat(locale: Locale, numeric: 'auto' | 'always'): Intl.RelativeTimeFormat {
  const key = `${locale}:${numeric}`
  let formatter = relativeFormats.get(key)
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(intlLocaleOf[locale], { numeric })
    relativeFormats.set(key, formatter)
  }
  return formatter
}

/** "i dag", "i morgen", "i går" for calendar days -1 to 1 away; undefined further off. */
export function formatNearDay(days: number, locale: Locale): string | undefined {
  return Math.abs(days) <= 1 ? relativeFormat(locale, 'auto').format(days, 'day') : undefined
}

/** "om 2 timer", "for 5 minutter siden": `value` is negative for the past. */
export function formatRelative(value: number, unit: 'minute' | 'hour' | 'day', locale: Locale): string {
  // 'always': a span of two days is "om 2 døgn", never "i overmorgen", which names a calendar day.
  return relativeFormat(locale, 'always').format(value, unit)
}

/** The day of `instant` as seen from `nowMs`'s: null for the same day, "i går" or "i morgen" next to it, else
 * "fre. 27.11." (with the year when it is another), so a time with no day is always today's. */
export function formatDayFromToday(
  instant: string,
  nowMs: number,
  locale: Locale,
  timeZone = NORWEGIAN_TIME_ZONE,
): string | null {
  // The day counted from zonedParts, not localDates: the header's sync line is on the first screen, whose
  // budget has no room for localDates (test/bench/firstScreenBudget.json).
  const dayNumber = (epochMs: number) => {
    const day = zonedParts(epochMs, timeZone)
    return Date.UTC(day.year, day.month - 1, day.day) / 86_400_000
  }
  const days = dayNumber(Date.parse(instant)) - dayNumber(nowMs)
  if (days === 0) return null
  return formatNearDay(days, locale) ?? formatDayShortNear(instant, nowMs, locale, timeZone)
}
