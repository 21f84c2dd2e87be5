// How a stay's times read in the current language: "fre. 27.11. 16.00 – søn. 29.11. 16.00", with the
// year when the day is in another year than today (src/domain/wording/stayTimes.ts).
import { useI18n } from 'vue-i18n'
import { formatDayShortNear, formatTime } from '../../domain/norwegianDates'
import { formatStayTimes } from '../../domain/wording/stayTimes'
import type { Locale } from '../../protocol/locale'
import { useAppTime } from '../tools/useAppTime'

export function useStayFormat() {
  const { t, locale } = useI18n()
  const { now } = useAppTime()
  const lang = () => locale.value as Locale

  /** The span of a stay; the end's day is left out when it is the same day. */
  function timeRange(start: string, end: string): string {
    return formatStayTimes(start, end, lang(), now.value)
  }

  /** "fre. 27.11. kl. 16.00" */
  function dayAndClock(instant: string): string {
    const day = formatDayShortNear(instant, now.value, lang())
    return `${day} ${t('stayPage.clock', { time: formatTime(instant, lang()) })}`
  }

  return { timeRange, dayAndClock, lang }
}
