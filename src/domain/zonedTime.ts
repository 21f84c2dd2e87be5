// Wall-clock time in a time zone: what a zone's clock shows at an instant, and the instant it shows a time.
// Norwegian time is the zone of every rule and text in the app and the server.

/** Norwegian time, the zone families and municipalities read every date and time in. */
export const NORWEGIAN_TIME_ZONE = 'Europe/Oslo'

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
