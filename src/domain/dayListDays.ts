// The respite home's list, day by day: on each day who arrives, who leaves and who is there all day, as the
// staff read it at the door. A stay that begins and ends on one day (a day offer) is an arrival only.
import { addDays, daysBetween, localDateOf, type LocalDate } from './localDates'

export interface DayOfList<T> {
  date: LocalDate
  arriving: T[]
  leaving: T[]
  staying: T[]
}

export function dayListDays<T>(
  items: readonly T[],
  stayOf: (item: T) => { start: string; end: string },
  days: { from: LocalDate; to: LocalDate },
  timeZone: string,
): DayOfList<T>[] {
  const dated = items.map((item) => {
    const stay = stayOf(item)
    return {
      item,
      first: localDateOf(Date.parse(stay.start), timeZone),
      last: localDateOf(Date.parse(stay.end), timeZone),
    }
  })
  return Array.from({ length: Math.max(daysBetween(days.from, days.to) + 1, 0) }, (_, index) => {
    const date = addDays(days.from, index)
    return {
      date,
      arriving: dated.filter((entry) => entry.first === date).map((entry) => entry.item),
      leaving: dated.filter((entry) => entry.last === date && entry.first !== date).map((entry) => entry.item),
      staying: dated.filter((entry) => entry.first < date && entry.last > date).map((entry) => entry.item),
    }
  })
}
