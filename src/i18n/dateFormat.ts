// Dates and times as Norwegians write them (fre. 27.11., kl. 16.00), always in Norwegian time.
import { intlLocaleOf, type Locale } from './locales'

export const APP_TIME_ZONE = 'Europe/Oslo'

const cache = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options)
  let format = cache.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocaleOf[locale], { timeZone: APP_TIME_ZONE, hourCycle: 'h23', ...options })
    cache.set(key, format)
  }
  return format
}

/** "fredag 27. november" */
export function formatDayLong(instant: string, locale: Locale): string {
  return formatter(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(Date.parse(instant))
}

/** "fre. 27.11." */
export function formatDayShort(instant: string, locale: Locale): string {
  return formatter(locale, { weekday: 'short', day: '2-digit', month: '2-digit' }).format(Date.parse(instant))
}

/** "16.00": Norwegian writes the clock with a full stop (Språkrådet), where ICU gives "16:00". */
export function formatTime(instant: string, locale: Locale): string {
  const time = formatter(locale, { hour: '2-digit', minute: '2-digit' }).format(Date.parse(instant))
  return locale === 'en' ? time : time.replace(':', '.')
}

/** "fre. 27.11. 16.00" */
export function formatDayAndTime(instant: string, locale: Locale): string {
  return `${formatDayShort(instant, locale)} ${formatTime(instant, locale)}`
}

/** The calendar day (YYYY-MM-DD) of an instant in Norwegian time, for grouping. */
export function osloDay(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: APP_TIME_ZONE }).format(Date.parse(instant))
}

// Calendar days and relative phrases for the calendar and the change deadline.

/** Noon UTC lies on the same calendar day in Norway in winter and summer. */
function middayOf(date: string): number {
  return Date.parse(`${date}T12:00:00.000Z`)
}

/** A calendar day (YYYY-MM-DD): "fredag 27. november" */
export function formatDateLong(date: string, locale: Locale): string {
  return formatter(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(middayOf(date))
}

/** A calendar day with its year: "1. januar 2026" */
export function formatDateWithYear(date: string, locale: Locale): string {
  return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(middayOf(date))
}

/** The short weekday of a calendar day, for the month grid: "man." */
export function formatWeekdayShort(date: string, locale: Locale): string {
  return formatter(locale, { weekday: 'short' }).format(middayOf(date))
}

/** A month (YYYY-MM): "november 2026" */
export function formatMonthYear(yearMonth: string, locale: Locale): string {
  return formatter(locale, { month: 'long', year: 'numeric' }).format(middayOf(`${yearMonth}-15`))
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>()

function relativeFormat(locale: Locale, numeric: 'auto' | 'always'): Intl.RelativeTimeFormat {
  const key = `${locale}:${numeric}`
  let format = relativeFormats.get(key)
  if (!format) {
    format = new Intl.RelativeTimeFormat(intlLocaleOf[locale], { numeric })
    relativeFormats.set(key, format)
  }
  return format
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
