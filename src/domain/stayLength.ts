// How long a stay can last, so a scan by start time knows how far back a stay still under way began.

/** Stays last at most a week. */
export const LONGEST_STAY_MS = 7 * 24 * 3600_000

/** The earliest start of a stay that may still be under way at `instant`. */
export function earliestStartUnderWay(instant: string): string {
  return new Date(Date.parse(instant) - LONGEST_STAY_MS).toISOString()
}
