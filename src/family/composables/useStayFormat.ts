// How a stay's times read in the current language: "fre. 27.11. 16.00 – søn. 29.11. 16.00", with the
// year when the day is in another year than today (src/domain/wording/stayTimes.ts); a single moment with "kl.":
// "fre. 27.11. kl. 16.00".
import { useI18n } from 'vue-i18n'
import { formatDate, formatDayShortNear, formatTime } from '../../domain/norwegianDates'
import { formatStayTimes } from '../../domain/wording/stayTimes'
import { useLocale } from '../../i18n/useLocale'
import { useAppTime } from '../tools/useAppTime'

export function useStayFormat() {
  const { t } = useI18n()
  const locale = useLocale()
  const { now } = useAppTime()
  const lang = () => locale.value

  /** The span of a stay; the end's day is left out when it is the same day. */
  function timeRange(start: string, end: string): string {
    return formatStayTimes(start, end, lang(), now.value)
  }

  /** "fre. 27.11. kl. 16.00" */
  function dayAndClock(instant: string): string {
    const day = formatDayShortNear(instant, now.value, lang())
    return `${day} ${t('stayPage.clock', { time: formatTime(instant, lang()) })}`
  }

  /** "3. oktober 2026 kl. 16.00": a moment further off, such as when an application was received. */
  function dateAndClock(instant: string): string {
    return `${formatDate(instant, lang())} ${t('stayPage.clock', { time: formatTime(instant, lang()) })}`
  }

  return { timeRange, dayAndClock, dateAndClock, lang }
}
