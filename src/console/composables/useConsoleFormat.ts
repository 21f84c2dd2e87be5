// How times and days read in the console, in the staff member's language: "fre. 27.11. 16.00 – søn. 29.11. 16.00".
import { useI18n } from 'vue-i18n'
import { formatDate, formatDateAndTime, formatDateWithYear } from '../../domain/norwegianDates'
import { formatStayTimes } from '../../domain/wording/stayTimes'
import type { Locale } from '../../protocol/locale'

export function useConsoleFormat() {
  const { locale } = useI18n()
  const lang = () => locale.value as Locale

  return {
    lang,
    range: (start: string, end: string) => formatStayTimes(start, end, lang()),
    dateTime: (instant: string) => formatDateAndTime(instant, lang()),
    date: (instant: string) => formatDate(instant, lang()),
    day: (date: string) => formatDateWithYear(date, lang()),
  }
}
