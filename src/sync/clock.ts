// Time and timers as parameters, so tests decide what "now" is and when a timer fires.
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
}

export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const systemClock: Clock = { now: () => Date.now() }

export const systemScheduler: Scheduler = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
}

export function isoAt(clock: Clock): string {
  return new Date(clock.now()).toISOString()
}
