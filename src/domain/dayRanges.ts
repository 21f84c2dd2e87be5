// The days a stay covers, as one range in the reader's language ("12.–14. desember"). Beside
// norwegianDates.ts, not in it, so the first screen does not carry what only the inbox uses.
import type { Locale } from '../protocol/locale'
import { dayAndMonth, dayOfInstant } from './norwegianDates'
import { NORWEGIAN_TIME_ZONE } from './zonedTime'

/** "12.–14. desember", "30. november–2. desember", "12. desember" within one day; English "12 – 14 December"
 * (thin spaces around the dash, as English typesetting has it). */
export function formatDayRange(start: string, end: string, locale: Locale, timeZone = NORWEGIAN_TIME_ZONE): string {
  const from = dayOfInstant(start, timeZone)
  const to = dayOfInstant(end, timeZone)
  const dash = locale === 'en' ? '\u2009–\u2009' : '–'
  if (from.year !== to.year)
    return `${dayAndMonth(from, locale)} ${from.year}${dash}${dayAndMonth(to, locale)} ${to.year}`
  if (from.month !== to.month) return `${dayAndMonth(from, locale)}${dash}${dayAndMonth(to, locale)}`
  if (from.day !== to.day) return `${from.day}${locale === 'en' ? '' : '.'}${dash}${dayAndMonth(to, locale)}`
  return dayAndMonth(from, locale)
}
