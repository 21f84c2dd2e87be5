// One virtual clock for the devices and the server, with timers that fire only when a test says so.
import type { Clock, Scheduler } from '../../../../src/sync/clock'

interface Timer {
  id: number
  at: number
  callback: () => void
}

export class VirtualTime implements Clock, Scheduler {
  private current: number
  private nextId = 1
  private timers: Timer[] = []

  constructor(start = '2026-11-23T10:00:00.000Z') {
    this.current = Date.parse(start)
  }

  now(): number {
    return this.current
  }

  iso(): string {
    return new Date(this.current).toISOString()
  }

  advance(ms: number): void {
    this.current += ms
  }

  setTimeout(callback: () => void, ms: number): number {
    const timer = { id: this.nextId++, at: this.current + ms, callback }
    this.timers.push(timer)
    return timer.id
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle)
  }

  /** The delays of the timers waiting now, from now, soonest first. */
  pendingDelays(): number[] {
    return this.timers.map((timer) => timer.at - this.current).sort((a, b) => a - b)
  }

  /** Moves time to the soonest timer and fires it; returns the delay it had, or null when none waits. */
  fireNext(): number | null {
    const soonest = [...this.timers].sort((a, b) => a.at - b.at)[0]
    if (!soonest) return null
    this.timers = this.timers.filter((timer) => timer !== soonest)
    const delay = soonest.at - this.current
    this.current = Math.max(this.current, soonest.at)
    soonest.callback()
    return delay
  }
}
