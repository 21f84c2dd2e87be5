// "Now" as a parameter, one shape for the app, the sync engine and the server, so one test clock drives them all.
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

/** The clock's "now" as an ISO 8601 UTC instant, the form every record and mutation carries. */
export function isoNow(clock: Clock): string {
  return new Date(clock.now()).toISOString()
}
