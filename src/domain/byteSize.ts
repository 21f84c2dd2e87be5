// A number of bytes as a family reads it ("1,5 MB"), in the app's language.
import type { Locale } from '../protocol/locale'
import { formatDecimal } from './localeNumbers'

const UNITS = ['B', 'kB', 'MB', 'GB'] as const

export function formatBytes(bytes: number, locale: Locale): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000
    unit += 1
  }
  return `${formatDecimal(value, locale, unit === 0 ? 0 : 1)} ${UNITS[unit]}`
}
