// How times and days read in the console, in the staff member's language: "fre. 27.11. 16.00 – søn. 29.11. 16.00".
import {
  formatDate,
  formatDateAndTime,
  formatDateWithYear,
  formatDayShort,
  formatTime,
} from '../../domain/norwegianDates'
import { useLocale } from '../../i18n/useLocale'

export function useConsoleFormat() {
  const locale = useLocale()
  const lang = () => locale.value

  function range(start: string, end: string): string {
    const from = `${formatDayShort(start, lang())} ${formatTime(start, lang())}`
    const sameDay = formatDayShort(start, lang()) === formatDayShort(end, lang())
    return `${from} – ${sameDay ? '' : `${formatDayShort(end, lang())} `}${formatTime(end, lang())}`
  }

  return {
    lang,
    range,
    dateTime: (instant: string) => formatDateAndTime(instant, lang()),
    date: (instant: string) => formatDate(instant, lang()),
    day: (date: string) => formatDateWithYear(date, lang()),
  }
}
