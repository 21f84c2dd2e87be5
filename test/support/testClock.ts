// The one clock every test uses: a "now" the test sets or moves, and timers that fire only when the test
// says so. "Now" is a Vue ref, so a screen reading it renders again when the test moves time.
import { shallowRef } from 'vue'
import type { Clock } from '../../src/domain/clock'
import type { Scheduler } from '../../src/protocol/scheduler'

/** The demo data's "now": Monday 23 November 2026, 11.00 in Norway. */
export const SEED_TIME = '2026-11-23T10:00:00.000Z'

interface Timer {
  id: number
  at: number
  callback: () => void
}

export class TestClock implements Clock, Scheduler {
  /** Milliseconds since the epoch, as a ref a screen can watch. */
  readonly reading = shallowRef(0)
  private nextId = 1
  private timers: Timer[] = []

  constructor(start: string = SEED_TIME) {
    this.reading.value = Date.parse(start)
  }

  now(): number {
    return this.reading.value
  }

  iso(): string {
    return new Date(this.reading.value).toISOString()
  }

  set(instant: string): void {
    this.reading.value = Date.parse(instant)
  }

  advance(ms: number): void {
    this.reading.value += ms
  }

  setTimeout(callback: () => void, ms: number): number {
    const timer = { id: this.nextId++, at: this.reading.value + ms, callback }
    this.timers.push(timer)
    return timer.id
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle)
  }

  /** The delays of the timers waiting now, from now, soonest first. */
  pendingDelays(): number[] {
    return this.timers.map((timer) => timer.at - this.reading.value).sort((a, b) => a - b)
  }

  /** Moves time to the soonest timer and fires it; returns the delay it had, or null when none waits. */
  fireNext(): number | null {
    const soonest = [...this.timers].sort((a, b) => a.at - b.at)[0]
    if (!soonest) return null
    this.timers = this.timers.filter((timer) => timer !== soonest)
    const delay = soonest.at - this.reading.value
    this.reading.value = Math.max(this.reading.value, soonest.at)
    soonest.callback()
    return delay
  }
}

export function testClock(start: string = SEED_TIME): TestClock {
  return new TestClock(start)
}
