// A number of bytes as a family reads it ("1,5 MB"), in the app's language.
import type { Locale } from '../protocol/locale'
import { intlLocaleOf } from './norwegianDates'

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const

export function formatBytes(bytes: number, locale: Locale): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000
    unit += 1
  }
  return new Intl.NumberFormat(intlLocaleOf[locale], {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    // Stryker disable next-line ConditionalExpression: byte counts are whole, so no fraction digit and one read the same
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value)
}
