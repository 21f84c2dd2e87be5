// Planning several stays at once: a series at the same wall-clock times (Norwegian time, so a series keeps
// 16.00 across a daylight-saving change). Whether it goes beyond a decision: planBeyondDecision.ts.
import { addDays, instantOfLocal, localDateOf, localTimeOf } from './localDates'

export type Repeat = 'once' | 'weekly' | 'everyOtherWeek'
export interface PlannedTimes {
  start: string
  end: string
}

export function seriesOf(first: PlannedTimes, repeat: Repeat, count: number, timeZone: string): PlannedTimes[] {
  const times = repeat === 'once' ? 1 : Math.max(1, count)
  const step = repeat === 'everyOtherWeek' ? 14 : 7
  const at = (instant: string, shift: number) => {
    const ms = Date.parse(instant)
    return instantOfLocal(addDays(localDateOf(ms, timeZone), shift), localTimeOf(ms, timeZone), timeZone)
  }
  return Array.from({ length: times }, (_, index) => ({
    start: at(first.start, index * step),
    end: at(first.end, index * step),
  }))
}
