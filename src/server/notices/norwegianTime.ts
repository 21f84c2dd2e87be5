// Times in the notices staff send, in Bokmål and Norwegian time: "lørdag 28.11. kl. 16.00".
import { formatDayNumeric, formatTime } from '../../domain/norwegianDates'

/** "lørdag 28.11. kl. 16.00" */
export function dayAndTime(instant: string): string {
  return `${formatDayNumeric(instant, 'nb')} kl. ${formatTime(instant, 'nb')}`
}

/** "onsdag 25.11. kl. 09.00–15.00" within one day, else "fredag 27.11. kl. 16.00 – søndag 29.11. kl. 16.00". */
export function timeSpan(start: string, end: string): string {
  if (
    formatDayNumeric(start, 'nb') === formatDayNumeric(end, 'nb') &&
    Date.parse(end) - Date.parse(start) < 86_400_000
  ) {
    return `${dayAndTime(start)}–${formatTime(end, 'nb')}`
  }
  return `${dayAndTime(start)} – ${dayAndTime(end)}`
}
