// How far off something is, in the app's language: "i morgon", "om 2 timar", "5 minutes ago", with the
// app's own words (dateNames.ts), never the browser's.
import type { Locale } from '../protocol/locale'
import { dateNames } from './dateNames'

/** "i dag", "i morgen", "i går" for calendar days -1 to 1 away; undefined further off. */
export function formatNearDay(days: number, locale: Locale): string | undefined {
  return Math.abs(days) <= 1 ? dateNames[locale].nearDays[days + 1] : undefined
}

/** "om 2 timer", "for 5 minutter siden": `value` is negative for the past. A span of days is "om 2 døgn",
 * never "i overmorgen", which names a calendar day. */
export function formatRelative(value: number, unit: 'minute' | 'hour' | 'day', locale: Locale): string {
  const names = dateNames[locale]
  const count = Math.abs(value)
  const amount = `${count} ${names.units[unit][count === 1 ? 0 : 1]}`
  return value < 0 || Object.is(value, -0) ? names.past(amount) : names.future(amount)
}
