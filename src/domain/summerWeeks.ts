// The weeks of a municipality's summer season a family can wish for, and the periods an application sends.
import type { SummerApplication, SummerRespite } from '../protocol'
import { addDays, isoWeekNumber, mondayOf, type LocalDate } from './localDates'

export interface SummerWeek {
  week: number
  /** The week's days inside the season: Monday to Sunday, cut at the season's ends. */
  from: LocalDate
  to: LocalDate
}

export type Priority = 1 | 2
/** The family's wish per week number: first or second choice. */
export type WeekWishes = Record<number, Priority>

export function weeksOfSeason(season: Pick<SummerRespite, 'from' | 'to'>): SummerWeek[] {
  const weeks: SummerWeek[] = []
  for (let monday = mondayOf(season.from); monday <= season.to; monday = addDays(monday, 7)) {
    const sunday = addDays(monday, 6)
    weeks.push({
      week: isoWeekNumber(monday),
      // Stryker disable next-line EqualityOperator: where they are the same day, either is the answer
      from: monday < season.from ? season.from : monday,
      // Stryker disable next-line EqualityOperator: where they are the same day, either is the answer
      to: sunday > season.to ? season.to : sunday,
    })
  }
  return weeks
}

/** First choices before second, each in week order: the order is the priority too. */
export function periodsOfWishes(weeks: SummerWeek[], wishes: WeekWishes): SummerApplication['periods'] {
  return weeks
    .filter((week) => wishes[week.week] !== undefined)
    .map((week) => ({ from: week.from, to: week.to, priority: wishes[week.week]! }))
    .sort((a, b) => a.priority - b.priority || a.from.localeCompare(b.from))
}

/** Back from a saved application to wishes per week; a period with no priority counts as a first choice. */
export function wishesOfPeriods(weeks: SummerWeek[], periods: SummerApplication['periods']): WeekWishes {
  const wishes: WeekWishes = {}
  for (const period of periods) {
    const week = weeks.find((candidate) => candidate.from <= period.to && period.from <= candidate.to)
    if (week) wishes[week.week] = (period.priority ?? 1) as Priority
  }
  return wishes
}

/** The week number a period starts in, for showing a saved application. */
export const weekOfPeriod = (period: { from: LocalDate }): number => isoWeekNumber(period.from)

export function summerDeadlinePassed(season: Pick<SummerRespite, 'applicationDeadline'>, nowMs: number): boolean {
  return nowMs > Date.parse(season.applicationDeadline)
}
