// Days and times in notification texts, as the app writes them: Norwegian time, "kl. 15.00", "i morgen".
import { zonedParts } from '../../domain/deadline'
import type { Locale } from './subscriptionStore'

export const NOTIFICATION_TIME_ZONE = 'Europe/Oslo'
const intlLocale: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' }
const formatters = new Map<string, Intl.DateTimeFormat>()

function format(instant: string, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const key = locale + JSON.stringify(options)
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocale[locale], {
      timeZone: NOTIFICATION_TIME_ZONE,
      hourCycle: 'h23',
      ...options,
    })
    formatters.set(key, formatter)
  }
  return formatter.format(Date.parse(instant))
}

/** "15.00" (Norwegian writes the clock with a full stop), "15:00" in English. */
export function clockTime(instant: string, locale: Locale): string {
  const time = format(instant, locale, { hour: '2-digit', minute: '2-digit' })
  return locale === 'en' ? time : time.replace(':', '.')
}

/** "fredag 27. november" */
export function dayLong(instant: string, locale: Locale): string {
  return format(instant, locale, { weekday: 'long', day: 'numeric', month: 'long' })
}

/** Calendar days from the day of `now` to the day of `instant`, both in Norwegian time. */
export function daysFromToday(instant: string, now: string): number {
  const day = (at: string) => {
    const p = zonedParts(Date.parse(at), NOTIFICATION_TIME_ZONE)
    return Date.UTC(p.year, p.month - 1, p.day)
  }
  return Math.round((day(instant) - day(now)) / 86_400_000)
}

const words: Record<Locale, { today: string; tomorrow: string; on: string }> = {
  nb: { today: 'i dag', tomorrow: 'i morgen', on: '' },
  nn: { today: 'i dag', tomorrow: 'i morgon', on: '' },
  en: { today: 'today', tomorrow: 'tomorrow', on: 'on ' },
}

/** "i dag", "i morgen", "fredag" within the week, else "fredag 4. desember". */
export function dayPhrase(instant: string, now: string, locale: Locale): string {
  const days = daysFromToday(instant, now)
  if (days === 0) return words[locale].today
  if (days === 1) return words[locale].tomorrow
  const weekdayOnly = days > 1 && days < 7
  return words[locale].on + (weekdayOnly ? format(instant, locale, { weekday: 'long' }) : dayLong(instant, locale))
}
