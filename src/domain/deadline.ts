// The municipality's change deadline: the last moment a change to a stay counts as on time.
// Wall-clock time in the rule's zone, so it holds whatever the device's own zone and across DST.
import type { ChangeDeadlineRule } from '../protocol/entities'

export type { ChangeDeadlineRule }

interface ZonedParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The wall-clock reading in `timeZone` at the instant `epochMs`. */
export function zonedParts(epochMs: number, timeZone: string): ZonedParts {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  }
}

/** How far `timeZone`'s wall clock is ahead of UTC at `epochMs`, in milliseconds. */
function offsetAt(epochMs: number, timeZone: string): number {
  const p = zonedParts(epochMs, timeZone)
  const wallAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return wallAsUtc - Math.floor(epochMs / 1000) * 1000
}

/**
 * The instant at which `timeZone`'s clock shows the given wall-clock time. A time skipped by a
 * spring-forward gap resolves to the instant just after the gap, as clocks do.
 */
export function zonedTimeToInstant(
  wall: { year: number; month: number; day: number; hour: number; minute: number },
  timeZone: string,
): number {
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute)
  const firstGuess = wallAsUtc - offsetAt(wallAsUtc, timeZone)
  const offset = offsetAt(firstGuess, timeZone)
  const secondGuess = wallAsUtc - offset
  // When the two offsets differ, the wall time is in a DST gap or overlap; the later offset wins.
  return offsetAt(secondGuess, timeZone) === offset ? secondGuess : wallAsUtc - offsetAt(secondGuess, timeZone)
}

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
