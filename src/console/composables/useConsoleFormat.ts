// How times and days read in the console, in the staff member's language: "fre. 27.11. 16.00 – søn. 29.11. 16.00".
import { useI18n } from 'vue-i18n'
import {
  formatDate,
  formatDateAndTime,
  formatDateWithYear,
  formatDayShort,
  formatTime,
} from '../../domain/norwegianDates'
import type { Locale } from '../../protocol/locale'

export function useConsoleFormat() {
  const { locale } = useI18n()
  const lang = () => locale.value as Locale

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
