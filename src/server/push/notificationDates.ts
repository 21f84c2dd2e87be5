// Days in notification texts, as the app writes them: "i dag", "i morgen", "fredag", in Norwegian time.
import { calendarDaysUntil } from '../../domain/deadlineStatus'
import { formatDayLong, formatWeekday } from '../../domain/norwegianDates'
import { formatNearDay } from '../../domain/relativeTimes'
import { NORWEGIAN_TIME_ZONE } from '../../domain/zonedTime'
import type { Locale } from '../../protocol/locale'

/** "i dag", "i morgen", "fredag" within the week, else "fredag 4. desember". */
export function dayPhrase(instant: string, now: string, locale: Locale): string {
  const days = calendarDaysUntil(instant, Date.parse(now), NORWEGIAN_TIME_ZONE)
  const near = days === 0 || days === 1 ? formatNearDay(days, locale) : undefined
  if (near) return near
  const on = locale === 'en' ? 'on ' : ''
  const weekdayOnly = days > 1 && days < 7
  return on + (weekdayOnly ? formatWeekday(instant, locale) : formatDayLong(instant, locale))
}
