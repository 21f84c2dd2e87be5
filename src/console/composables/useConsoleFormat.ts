// How times and days read in the console, in the staff member's language: "fre. 27.11. 16.00 – søn. 29.11. 16.00".
import { formatDate, formatDateAndTime, formatDateWithYear } from '../../domain/norwegianDates'
import { formatStayTimes } from '../../domain/wording/stayTimes'
import { useLocale } from '../../i18n/useLocale'

export function useConsoleFormat() {
  const locale = useLocale()
  const lang = () => locale.value

  return {
    lang,
    range: (start: string, end: string) => formatStayTimes(start, end, lang()),
    dateTime: (instant: string) => formatDateAndTime(instant, lang()),
    date: (instant: string) => formatDate(instant, lang()),
    day: (date: string) => formatDateWithYear(date, lang()),
  }
}
