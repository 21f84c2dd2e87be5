// The sync engine: one sync at a time (push the outbox, then pull to the end), triggered from outside,
// with triggers during a run folded into one follow-up and failures retried with capped, jittered backoff.
import { isApiError } from '../../protocol/apiError'
import { backoffDelay, backoffPolicyFor, type BackoffPolicy } from '../../protocol/backoff'
import { systemScheduler, type Scheduler } from '../../protocol/scheduler'
import { passStartedAfter, readLastSyncedAt, syncPass, type SyncPassOptions } from './syncPass'
import { failureStatus } from './failureStatus'
import { signedOutStatus, type SyncStatus } from './syncStatus'
import { URGENT, type SyncTrigger } from './syncTriggers'
export type { SyncTrigger }

export interface SyncEngineOptions extends SyncPassOptions {
  /** Whether a session is stored on the device; without one the engine rests. */
  hasSession: () => Promise<boolean>
  scheduler?: Scheduler
  /** In [0, 1): the jitter of the backoff. */
  random?: () => number
  /** `navigator.onLine`: when it says false, no request is tried. */
  isOnline?: () => boolean
  intervalMs?: number
  /** The timer's interval while the change channel is live and the server says when to pull: a safety net. */
  liveIntervalMs?: number
  backoff?: BackoffPolicy
  /** The wait after a request that reached no server at all (`unreachableBackoff` by default). */
  unreachableBackoff?: BackoffPolicy
  /** Runs a sync under a lock shared with other tabs of the app on the same database (Web Locks). */
  lock?: <T>(name: string, run: () => Promise<T>) => Promise<T>
}

const noLock = <T>(_name: string, run: () => Promise<T>): Promise<T> => run()

export class SyncEngine {
  private current: SyncStatus = { ...signedOutStatus, phase: 'idle' }
  private readonly listeners = new Set<(status: SyncStatus) => void>()
  /** True from a trigger's start of a run until the loop has decided, synchronously, to end. */
  private running = false
  private loop: Promise<void> = Promise.resolve()
  private again: 'urgent' | 'normal' | null = null
  /**
   * The run under way must start its pass after this moment (clock ms) to do what its triggers asked. When
   * another tab's pass started later, while this one waited for the lock, that pass did it: this one is skipped.
   */
  private wantedAfter = Number.NEGATIVE_INFINITY
  private waiters: Array<(status: SyncStatus) => void> = []
  private failures = 0
  private retryTimer: unknown = null
  private intervalTimer: unknown = null
  private controller: AbortController | null = null
  private stopped = true
  private live = false
  private readonly scheduler: Scheduler
  private readonly random: () => number
  private readonly isOnline: () => boolean

  constructor(private readonly options: SyncEngineOptions) {
    this.scheduler = options.scheduler ?? systemScheduler
    this.random = options.random ?? Math.random
    this.isOnline = options.isOnline ?? (() => globalThis.navigator?.onLine ?? true)
  }

  get status(): SyncStatus {
    return this.current
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener)
    listener(this.current)
    return () => this.listeners.delete(listener)
  }

  /** Starts listening to triggers and syncs once. */
  start(): void {
    if (!this.stopped) return
    this.stopped = false
    this.trigger('start')
  }

  /** Stops at once: the request under way is abandoned, timers are cleared. Resolves when the run has ended. */
  async stop(): Promise<void> {
    this.stopped = true
    this.controller?.abort()
    this.clearTimer('retryTimer')
    this.clearTimer('intervalTimer')
    await this.loop
  }

  trigger(reason: SyncTrigger): void {
    if (this.stopped) return
    const urgent = URGENT.has(reason)
    if (this.retryTimer !== null && !urgent) return // the scheduled retry will pick it up
    // With an expired session every request would be refused: wait for sign-in or the family's tap.
    if (this.current.problem === 'sessionExpired' && !urgent) return
    // The timer asks only that some tab synced within the interval; everything else asks for a pass from now.
    const since =
      reason === 'timer' ? this.options.clock.now() - (this.options.intervalMs ?? 60_000) : this.options.clock.now()
    this.wantedAfter = Math.max(this.wantedAfter, since)
    if (this.running) {
      this.again = urgent || this.again === 'urgent' ? 'urgent' : 'normal'
      return
    }
    this.running = true
    this.loop = this.runLoop()
  }

  /** Syncs as soon as the current run (if any) is over; resolves with the status after that sync. */
  syncNow(): Promise<SyncStatus> {
    if (this.stopped) return Promise.resolve(this.current)
    const done = new Promise<SyncStatus>((resolve) => this.waiters.push(resolve))
    this.trigger('manual')
    return done
  }

  /** Runs `work` while no tab of the app syncs on this database (signing in and out, putting back what vanished). */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return (this.options.lock ?? noLock)(this.lockName, work)
  }

  private get lockName(): string {
    return `pusterom-sync:${this.options.db.name}`
  }

  /** While the change channel is live the server says when to pull, and the timer only looks now and then. */
  setLive(live: boolean): void {
    if (this.live === live) return
    this.live = live
    if (!this.stopped && !this.running && this.retryTimer === null) this.scheduleInterval()
  }

  /** The browser says the network is gone: say so now rather than at the next failed request. */
  wentOffline(): void {
    if (!this.running && this.current.phase !== 'signedOut')
      this.setStatus({ phase: 'offline', problem: null, nextRetryAt: null })
  }

  private async runLoop(): Promise<void> {
    try {
      for (;;) {
        this.again = null
        const wantedAfter = this.wantedAfter
        this.wantedAfter = Number.NEGATIVE_INFINITY
        const waiters = this.waiters.splice(0)
        const succeeded = await this.exclusive(() => this.runOnce(wantedAfter))
        for (const resolve of waiters) resolve(this.current)
        if (this.stopped) break
        // Decided with no await in between, so a trigger arriving now is either seen here or starts a new run.
        if (this.again === 'urgent' || (this.again === 'normal' && succeeded)) continue
        break
      }
    } finally {
      this.running = false
    }
    for (const resolve of this.waiters.splice(0)) resolve(this.current)
    if (!this.stopped && this.retryTimer === null) this.scheduleInterval()
  }

  private async runOnce(wantedAfter: number): Promise<boolean> {
    this.clearTimer('retryTimer')
    this.clearTimer('intervalTimer')
    const controller = new AbortController()
    this.controller = controller
    try {
      if (!(await this.options.hasSession())) {
        this.setStatus(signedOutStatus)
        return true
      }
      const lastSyncedAt = await readLastSyncedAt(this.options.db)
      if (await passStartedAfter(this.options.db, wantedAfter)) {
        // Another tab of the app synced meanwhile: its pass sent this tab's changes too (one outbox), and pulled.
        this.failures = 0
        this.setStatus({ phase: 'upToDate', problem: null, lastSyncedAt, nextRetryAt: null })
        return true
      }
      if (!this.isOnline()) {
        // No retry timer: the browser's `online` event says when to try again.
        this.setStatus({ phase: 'offline', problem: null, lastSyncedAt, nextRetryAt: null })
        return false
      }
      this.setStatus({ phase: 'syncing', problem: null, lastSyncedAt, nextRetryAt: null })
      const at = await syncPass(this.options, controller.signal)
      this.failures = 0
      this.setStatus({ phase: 'upToDate', problem: null, lastSyncedAt: at, nextRetryAt: null })
      return true
    } catch (error) {
      if (!this.stopped) this.failAfter(error)
      return false
    } finally {
      this.controller = null
    }
  }

  private failAfter(error: unknown): void {
    const kind = isApiError(error) ? error.kind : 'unexpected'
    // Only the error's name: a message could carry the family's data.
    if (kind === 'unexpected')
      console.warn('Sync failed on the device:', error instanceof Error ? error.name : typeof error)
    const status = failureStatus(kind)
    if (status.problem === 'sessionExpired') {
      // Retrying cannot help; signing in again triggers the next sync.
      this.setStatus({ ...status, nextRetryAt: null })
      return
    }
    this.failures += 1
    let delay = backoffDelay(this.failures, this.random, backoffPolicyFor(kind, this.options))
    const retryAfterMs = isApiError(error) ? error.details.retryAfterMs : undefined
    if (retryAfterMs !== undefined) delay = Math.max(delay, retryAfterMs)
    this.retryTimer = this.scheduler.setTimeout(() => {
      this.retryTimer = null
      this.trigger('retry')
    }, delay)
    this.setStatus({ ...status, nextRetryAt: new Date(this.options.clock.now() + delay).toISOString() })
  }

  private scheduleInterval(): void {
    this.clearTimer('intervalTimer')
    this.intervalTimer = this.scheduler.setTimeout(
      () => {
        this.intervalTimer = null
        this.trigger('timer')
      },
      this.live ? (this.options.liveIntervalMs ?? 15 * 60_000) : (this.options.intervalMs ?? 60_000),
    )
  }

  private clearTimer(which: 'retryTimer' | 'intervalTimer'): void {
    if (this[which] === null) return
    this.scheduler.clearTimeout(this[which])
    this[which] = null
  }

  private setStatus(next: Partial<SyncStatus>): void {
    this.current = { ...this.current, ...next }
    for (const listener of this.listeners) listener(this.current)
  }
}
