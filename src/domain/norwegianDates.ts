// Dates and times as Norwegians write them (fre. 27.11., kl. 16.00), in nb, nn and en, with the app's own
// names (dateNames.ts): one formatter for the app, the console, the push texts and the calendar feed, in
// the app's language whatever the browser's is. Intl only tells the wall clock in Norwegian time.
import type { Locale } from '../protocol/locale'
import { dateNames } from './dateNames'
import type { LocalDate } from './localDates'
import { NORWEGIAN_TIME_ZONE, zonedParts } from './zonedTime'

interface Day {
  year: number
  month: number
  day: number
  /** 0 for Monday through 6 for Sunday. */
  weekday: number
}

const two = (value: number) => String(value).padStart(2, '0')

function dayOf(year: number, month: number, day: number): Day {
  // getUTCDay counts from Sunday; Norwegian weeks start on Monday.
  return { year, month, day, weekday: (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7 }
}

function dayOfDate(date: LocalDate): Day {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number)
  return dayOf(year, month, day)
}

/** The calendar day `instant` falls on in `timeZone`. */
export function dayOfInstant(instant: string, timeZone = NORWEGIAN_TIME_ZONE): Day {
  const wall = zonedParts(Date.parse(instant), timeZone)
  return dayOf(wall.year, wall.month, wall.day)
}

const weekday = (day: Day, locale: Locale) => dateNames[locale].weekdays[day.weekday] ?? ''
const weekdayShort = (day: Day, locale: Locale) => dateNames[locale].weekdaysShort[day.weekday] ?? ''
const month = (day: Day, locale: Locale) => dateNames[locale].months[day.month - 1] ?? ''

/** "27. november", "27 November" */
export function dayAndMonth(day: Day, locale: Locale): string {
  return locale === 'en' ? `${day.day} ${month(day, locale)}` : `${day.day}. ${month(day, locale)}`
}

/** "27.11.", "27/11"; with the year "27.11.2026", "27/11/2026" */
function dayAndMonthInFigures(day: Day, locale: Locale, withYear = false): string {
  if (locale === 'en') return `${two(day.day)}/${two(day.month)}${withYear ? `/${day.year}` : ''}`
  return `${two(day.day)}.${two(day.month)}.${withYear ? day.year : ''}`
}

/** "08:00" as the language writes a time of day: "08.00" in Norwegian (Språkrådet), "08:00" in English. */
export function formatWallClock(time: string, locale: Locale): string {
  return locale === 'en' ? time : time.replace(':', '.')
}

/** "16.00", on the 24-hour clock in Norwegian time. */
export function formatTime(instant: string, locale: Locale, timeZone = NORWEGIAN_TIME_ZONE): string {
  const wall = zonedParts(Date.parse(instant), timeZone)
  return formatWallClock(`${two(wall.hour)}:${two(wall.minute)}`, locale)
}

/** "fredag" */
export function formatWeekday(instant: string, locale: Locale, timeZone = NORWEGIAN_TIME_ZONE): string {
  return weekday(dayOfInstant(instant, timeZone), locale)
}

/** "fredag 27. november" */
export function formatDayLong(instant: string, locale: Locale, timeZone = NORWEGIAN_TIME_ZONE): string {
  const day = dayOfInstant(instant, timeZone)
  return `${weekday(day, locale)} ${dayAndMonth(day, locale)}`
}

/** "fre. 27.11." */
export function formatDayShort(instant: string, locale: Locale, timeZone = NORWEGIAN_TIME_ZONE): string {
  const day = dayOfInstant(instant, timeZone)
  return `${weekdayShort(day, locale)} ${dayAndMonthInFigures(day, locale)}`
}

/** "fre. 27.11.", or "fre. 27.11.2027" when the day is in another year than `nowMs`, so a list never
 * leaves a reader guessing which year. */
export function formatDayShortNear(
  instant: string,
  nowMs: number,
  locale: Locale,
  timeZone = NORWEGIAN_TIME_ZONE,
): string {
  const day = dayOfInstant(instant, timeZone)
  const otherYear = day.year !== zonedParts(nowMs, timeZone).year
  return `${weekdayShort(day, locale)} ${dayAndMonthInFigures(day, locale, otherYear)}`
}

/** "fredag 27.11." */
export function formatDayNumeric(instant: string, locale: Locale, timeZone = NORWEGIAN_TIME_ZONE): string {
  const day = dayOfInstant(instant, timeZone)
  return `${weekday(day, locale)} ${dayAndMonthInFigures(day, locale)}`
}

/** "fre. 27.11. 16.00" */
export function formatDayAndTime(instant: string, locale: Locale, timeZone = NORWEGIAN_TIME_ZONE): string {
  return `${formatDayShort(instant, locale, timeZone)} ${formatTime(instant, locale, timeZone)}`
}

/** "3. oktober 2026" */
export function formatDate(instant: string, locale: Locale, timeZone = NORWEGIAN_TIME_ZONE): string {
  const day = dayOfInstant(instant, timeZone)
  return `${dayAndMonth(day, locale)} ${day.year}`
}

/** "3. oktober 2026 16.00" */
export function formatDateAndTime(instant: string, locale: Locale, timeZone = NORWEGIAN_TIME_ZONE): string {
  return `${formatDate(instant, locale, timeZone)} ${formatTime(instant, locale, timeZone)}`
}

/** A calendar day: "fredag 27. november" */
export function formatDateLong(date: LocalDate, locale: Locale): string {
  const day = dayOfDate(date)
  return `${weekday(day, locale)} ${dayAndMonth(day, locale)}`
}

/** A calendar day with its year: "1. januar 2026" */
export function formatDateWithYear(date: LocalDate, locale: Locale): string {
  const day = dayOfDate(date)
  return `${dayAndMonth(day, locale)} ${day.year}`
}

/** A calendar day as a form shows it, "01.08.2027", in every language: the form's own format, not the browser's. */
export function formatDateNumeric(date: LocalDate): string {
  return dayAndMonthInFigures(dayOfDate(date), 'nb', true)
}

/** The short weekday of a calendar day, for the month grid: "man." */
export function formatWeekdayShort(date: LocalDate, locale: Locale): string {
  return weekdayShort(dayOfDate(date), locale)
}

/** A month (YYYY-MM): "november 2026" */
export function formatMonthYear(yearMonth: string, locale: Locale): string {
  const day = dayOfDate(`${yearMonth}-15`)
  return `${month(day, locale)} ${day.year}`
}
