// The days a stay covers, as one range in the reader's language ("12.–14. desember"). Beside
// norwegianDates.ts, not in it, so the first screen does not carry what only the inbox uses.
import type { Locale } from '../protocol/locale'
import { intlLocaleOf } from './norwegianDates'
import { NORWEGIAN_TIME_ZONE } from './zonedTime'

const formatters = new Map<string, Intl.DateTimeFormat>()

/** "12.–14. desember", "30. november–2. desember", "12. desember" within one day; English "12 – 14 December". */
export function formatDayRange(start: string, end: string, locale: Locale, timeZone = NORWEGIAN_TIME_ZONE): string {
  const key = `${locale}:${timeZone}`
  let formatter = formatters.get(key)
  // Stryker disable next-line ConditionalExpression: a cache; a new formatter each time formats the same
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocaleOf[locale], { timeZone, day: 'numeric', month: 'long' })
    formatters.set(key, formatter)
  }
  return formatter.formatRange(Date.parse(start), Date.parse(end))
}
