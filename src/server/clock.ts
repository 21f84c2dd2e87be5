// The server's "now", as a parameter: tests and seeding pin it; production reads the system clock.

/** The same shape as the sync engine's clock, so one virtual clock can drive devices and server. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

export function isoNow(clock: Clock): string {
  return new Date(clock.now()).toISOString()
}
