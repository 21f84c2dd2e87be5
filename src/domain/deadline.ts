// The municipality's change deadline: the last moment a change to a stay counts as on time.
// Wall-clock time in the rule's zone, so it holds whatever the device's own zone and across DST.
import type { ChangeDeadlineRule } from '../protocol/entities'
import { zonedParts, zonedTimeToInstant } from './zonedTime'

export type { ChangeDeadlineRule }

/** The last moment (UTC ISO instant) at which a change to a stay starting at `stayStart` is on time. */
export function changeDeadline(stayStart: string, rule: ChangeDeadlineRule): string {
  const startMs = Date.parse(stayStart)
  if (Number.isNaN(startMs)) throw new RangeError(`not an instant: ${stayStart}`)
  const startDay = zonedParts(startMs, rule.timeZone)
  // Date.UTC normalises day underflow, so this is calendar arithmetic that crosses months and years.
  const deadlineDay = new Date(Date.UTC(startDay.year, startDay.month - 1, startDay.day - rule.daysBefore))
  const [hour, minute] = rule.time.split(':').map(Number)
  const deadline = zonedTimeToInstant(
    {
      year: deadlineDay.getUTCFullYear(),
      month: deadlineDay.getUTCMonth() + 1,
      day: deadlineDay.getUTCDate(),
      hour: hour ?? 0,
      minute: minute ?? 0,
    },
    rule.timeZone,
  )
  return new Date(deadline).toISOString()
}

/** Whether a change made at `at` meets the deadline of a stay starting at `stayStart`. */
export function isOnTime(at: string, stayStart: string, rule: ChangeDeadlineRule): boolean {
  return Date.parse(at) <= Date.parse(changeDeadline(stayStart, rule))
}
