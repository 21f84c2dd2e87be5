// Dates on the medication list as Norwegians write them ("3. oktober 2026"), in Norwegian time.
import { APP_TIME_ZONE, formatTime } from '../../i18n/dateFormat'
import { intlLocaleOf, type Locale } from '../../i18n/locales'

export function formatDate(instant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocaleOf[locale], {
    timeZone: APP_TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(Date.parse(instant))
}

export function formatDateAndTime(instant: string, locale: Locale): string {
  return `${formatDate(instant, locale)} ${formatTime(instant, locale)}`
}

/** "08:00" as the UI language writes a time of day: 08.00 in Norwegian. */
export function formatWallClock(time: string, locale: Locale): string {
  return locale === 'en' ? time : time.replace(':', '.')
}
