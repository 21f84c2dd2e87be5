// A stay's times as one span in the reader's language, "fre. 27.11. 16.00 – søn. 29.11. 16.00": one home for
// the family's screens, the console and the messages worded from facts.
import type { Locale } from '../../protocol/locale'
import { formatDayShort, formatDayShortNear, formatTime } from '../norwegianDates'

/** The end's day is left out when it is the start's ("ons. 25.11. 09.00 – 15.00"). Given `nowMs`, a day in
 * another year than now carries its year. */
export function formatStayTimes(start: string, end: string, locale: Locale, nowMs?: number): string {
  const day = (instant: string) =>
    nowMs === undefined ? formatDayShort(instant, locale) : formatDayShortNear(instant, nowMs, locale)
  const sameDay = formatDayShort(start, locale) === formatDayShort(end, locale)
  const to = sameDay ? formatTime(end, locale) : `${day(end)} ${formatTime(end, locale)}`
  return `${day(start)} ${formatTime(start, locale)} – ${to}`
}
