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
  // Stryker disable next-line ConditionalExpression: a cache; a new formatter each time formats the same
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
    // Stryker disable next-line ConditionalExpression,StringLiteral: the literal parts (', ', '/') are never read
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

const DAY_MS = 24 * 3600_000

/**
 * The instant at which `timeZone`'s clock shows the given wall-clock time. A time the clocks skip when
 * summer time starts is moved forward by the gap, as clocks and calendars (RFC 5545) do: 02.30 becomes
 * 03.30. A time shown twice when summer time ends is taken the second time, in winter time.
 */
export function zonedTimeToInstant(
  wall: { year: number; month: number; day: number; hour: number; minute: number },
  timeZone: string,
): number {
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute)
  // The zone's offsets a day before and after: the same, unless the clocks change near this time.
  const candidates = [offsetAt(wallAsUtc - DAY_MS, timeZone), offsetAt(wallAsUtc + DAY_MS, timeZone)].map(
    (offset) => wallAsUtc - offset,
  )
  const showingIt = candidates.filter((instant) => instant + offsetAt(instant, timeZone) === wallAsUtc)
  // In a gap none shows it, and the later candidate (by the offset before) is the time moved forward.
  return Math.max(...(showingIt.length > 0 ? showingIt : candidates))
}
