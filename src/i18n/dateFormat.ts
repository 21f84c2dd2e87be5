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
