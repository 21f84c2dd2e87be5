// Times in the texts families read: Norwegian wall-clock time, 24-hour, "lørdag 28.11. kl. 16.00".
import { zonedParts } from '../../domain/deadline'

export const NORWEGIAN_TIME_ZONE = 'Europe/Oslo'
const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag']
const pad = (value: number) => String(value).padStart(2, '0')

function partsOf(instant: string) {
  const parts = zonedParts(Date.parse(instant), NORWEGIAN_TIME_ZONE)
  const weekday = WEEKDAYS[new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay()] ?? ''
  return { ...parts, weekday }
}

/** "16.00" */
export function clockOf(instant: string): string {
  const p = partsOf(instant)
  return `${pad(p.hour)}.${pad(p.minute)}`
}

/** "lørdag 28.11." */
export function dayOf(instant: string): string {
  const p = partsOf(instant)
  return `${p.weekday} ${pad(p.day)}.${pad(p.month)}.`
}

/** "lørdag 28.11. kl. 16.00" */
export function dayAndTime(instant: string): string {
  return `${dayOf(instant)} kl. ${clockOf(instant)}`
}

/** "onsdag 25.11. kl. 09.00–15.00" within one day, else "fredag 27.11. kl. 16.00 – søndag 29.11. kl. 16.00". */
export function timeSpan(start: string, end: string): string {
  if (dayOf(start) === dayOf(end) && Date.parse(end) - Date.parse(start) < 86_400_000) {
    return `${dayAndTime(start)}–${clockOf(end)}`
  }
  return `${dayAndTime(start)} – ${dayAndTime(end)}`
}
