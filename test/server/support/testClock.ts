// A clock the test moves by hand; the server reads it for "now".
import type { Clock } from '../../../src/server/clock'

export const SEED_TIME = '2026-11-23T10:00:00.000Z'

export interface TestClock extends Clock {
  set(instant: string): void
  advance(ms: number): void
  iso(): string
}

export function testClock(start: string = SEED_TIME): TestClock {
  let current = Date.parse(start)
  return {
    now: () => current,
    set: (instant) => {
      current = Date.parse(instant)
    },
    advance: (ms) => {
      current += ms
    },
    iso: () => new Date(current).toISOString(),
  }
}
