// The month view's grid: whole weeks from Monday with ISO week numbers, the instants that bound a
// month for the query, and which days each stay covers, all in the municipality's time zone.
import type { Stay } from '../protocol/entities'
import {
  addDays,
  addMonths,
  isoWeekNumber,
  localDateOf,
  mondayOf,
  startOfLocalDate,
  type LocalDate,
} from './localDates'

export interface MonthDay {
  date: LocalDate
  inMonth: boolean
  isToday: boolean
}

export interface MonthWeek {
  week: number
  days: MonthDay[]
}

/** The weeks that show a month (`2026-11`), Monday first; days of the neighbouring months fill the edges. */
export function monthGrid(yearMonth: string, today: LocalDate): MonthWeek[] {
  const first = `${yearMonth}-01`
  const next = addMonths(first, 1)
  const weeks: MonthWeek[] = []
  for (let monday = mondayOf(first); monday < next; monday = addDays(monday, 7)) {
    const days = Array.from({ length: 7 }, (_, index) => {
      const date = addDays(monday, index)
      return { date, inMonth: date >= first && date < next, isToday: date === today }
    })
    weeks.push({ week: isoWeekNumber(monday), days })
  }
  return weeks
}

/** The instants [from, to) a month spans, for a query over stays. */
export function monthWindow(yearMonth: string, timeZone: string): { from: string; to: string } {
  const first = `${yearMonth}-01`
  return {
    from: new Date(startOfLocalDate(first, timeZone)).toISOString(),
    to: new Date(startOfLocalDate(addMonths(first, 1), timeZone)).toISOString(),
  }
}

/** The calendar days a stay covers; one ending at midnight does not reach into the next day. */
export function daysOfStay(stay: Pick<Stay, 'start' | 'end'>, timeZone: string): LocalDate[] {
  const startMs = Date.parse(stay.start)
  const first = localDateOf(startMs, timeZone)
  const last = localDateOf(Math.max(startMs, Date.parse(stay.end) - 1), timeZone)
  const days: LocalDate[] = []
  // A stay spanning months is unusual; the cap keeps a corrupt end date from looping for long.
  for (let day = first; day <= last && days.length < 400; day = addDays(day, 1)) days.push(day)
  return days
}

/** Stays by each day they cover, keeping the order they came in. */
export function staysByDay<S extends Pick<Stay, 'start' | 'end'>>(
  stays: readonly S[],
  timeZone: string,
): Map<LocalDate, S[]> {
  const byDay = new Map<LocalDate, S[]>()
  for (const stay of stays) {
    for (const day of daysOfStay(stay, timeZone)) {
      const list = byDay.get(day)
      if (list) list.push(stay)
      else byDay.set(day, [stay])
    }
  }
  return byDay
}

export function previousMonth(yearMonth: string): string {
  return addMonths(`${yearMonth}-01`, -1).slice(0, 7)
}

export function nextMonth(yearMonth: string): string {
  return addMonths(`${yearMonth}-01`, 1).slice(0, 7)
}
