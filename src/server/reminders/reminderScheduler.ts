// Runs in every server process: each tick takes the households whose reminders are due a look (jobs in
// the database, shared by all processes), sends what is due to each device once, and sets when to
// look next. Time comes from an injected clock, ticks from an injected timer.
import type { Clock } from '../../domain/clock'
import { waitAtMost } from '../operations/waitAtMost'
import type { Notifier } from '../push/notifier'
import type { SubscriptionStore } from '../push/subscriptionStore'
import { dueReminders, REMINDER_HORIZON_MS, type HouseholdReminderData } from './dueReminders'
import { nextReminderLook } from './nextReminderLook'
import type { reminderJobs } from './reminderJobs'
import type { sentReminders } from './sentReminders'

export interface ReminderSource {
  /** What the reminders of one household are made from, for stays starting in [from, to). */
  household(householdId: string, from: string, to: string): Promise<HouseholdReminderData>
}

export interface Timer {
  setInterval(run: () => void, ms: number): unknown
  clearInterval(handle: unknown): void
}

export interface ReminderSchedulerOptions {
  source: ReminderSource
  subscriptions: SubscriptionStore
  sent: ReturnType<typeof sentReminders>
  jobs: ReturnType<typeof reminderJobs>
  notifier: Notifier
  clock: Clock
  timer?: Timer
  /** How often to look; reminders are at most this late. */
  intervalMs?: number
  /** How long a taken household is this process's; a process that dies leaves it to others after this. */
  leaseMs?: number
  log?: (line: string) => void
}

const KEEP_SENT_MS = 30 * 24 * 3600_000
const RETRY_MS = 5 * 60_000
const BATCH = 50
export const systemTimer: Timer = {
  setInterval: (run, ms) => setInterval(run, ms).unref(),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
}

export interface ReminderScheduler {
  /** One look at what is due; resolves with how many reminders were delivered. */
  tick(): Promise<number>
  start(): void
  /**
   * Takes no more households, gives the one under way up to `graceMs`, then hands back those still held
   * (due at once), so another process looks at them now rather than when the lease would have ended.
   */
  stop(graceMs?: number): Promise<void>
}

export function createReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const timer = options.timer ?? systemTimer
  const log = options.log ?? ((line: string) => console.warn(line))
  const leaseMs = options.leaseMs ?? 2 * 60_000
  let handle: unknown = null
  let running: Promise<number> | null = null
  let stopped = false
  /** Households taken in the current batch and not yet given their next look, with the batch's lease. */
  let held = { households: new Set<string>(), leaseUntil: '' }

  /** Sends what is due; answers how many went out and when to look again. */
  async function lookAt(householdId: string, now: Date): Promise<{ delivered: number; next: string | null }> {
    const at = now.toISOString()
    const horizon = new Date(now.getTime() + REMINDER_HORIZON_MS).toISOString()
    const data = await options.source.household(householdId, at, horizon)
    const devices = await options.subscriptions.ofHousehold(householdId)
    let delivered = 0
    let retry = false
    for (const device of devices) {
      for (const reminder of dueReminders(data, device, at)) {
        if (await options.sent.wasSent(device.id, reminder.key)) continue
        const ttlSeconds = Math.max(60, Math.floor((Date.parse(reminder.usefulUntil) - now.getTime()) / 1000))
        const push = { ...reminder.push, id: reminder.key }
        const outcome = await options.notifier.deliver(device, push, { ttlSeconds, urgency: 'normal' })
        if (outcome === 'delivered') {
          await options.sent.record(device.id, reminder.key, at)
          delivered += 1
        } else if (outcome === 'failed') retry = true
        else break // gone: the device and its rows are forgotten
      }
    }
    const next = nextReminderLook(data, devices, at)
    const retryAt = new Date(now.getTime() + RETRY_MS).toISOString()
    return { delivered, next: retry && (next === null || retryAt < next) ? retryAt : next }
  }

  async function runOnce(): Promise<number> {
    const now = new Date(options.clock.now())
    const at = now.toISOString()
    const leaseUntil = new Date(now.getTime() + leaseMs).toISOString()
    let delivered = 0
    while (!stopped) {
      const households = await options.jobs.take(at, leaseUntil, BATCH)
      if (households.length === 0) break
      held = { households: new Set(households), leaseUntil }
      for (const householdId of households) {
        if (stopped) return delivered
        let next: string | null = new Date(now.getTime() + RETRY_MS).toISOString()
        try {
          const looked = await lookAt(householdId, now)
          delivered += looked.delivered
          next = looked.next
        } catch (error) {
          // One household's bad data must not stop the others' reminders.
          log(`reminders: a household's reminders failed: ${error instanceof Error ? error.name : 'error'}`)
        }
        // Handed back while it was looked at: the lease is no longer this process's to settle.
        if (held.households.delete(householdId)) await options.jobs.lookNextAt(householdId, leaseUntil, next)
      }
    }
    if (stopped) return delivered
    await options.sent.forgetOlderThan(new Date(now.getTime() - KEEP_SENT_MS).toISOString())
    return delivered
  }

  function tick(): Promise<number> {
    if (stopped) return Promise.resolve(0)
    // Ticks never overlap: a slow run makes the next tick wait for it, not run beside it.
    running ??= runOnce().finally(() => {
      running = null
    })
    return running
  }

  return {
    tick,
    start() {
      if (handle !== null) return
      void tick().catch(() => log('reminders: a run failed'))
      handle = timer.setInterval(
        () => void tick().catch(() => log('reminders: a run failed')),
        options.intervalMs ?? 60_000,
      )
    },
    async stop(graceMs = Infinity) {
      if (handle !== null) timer.clearInterval(handle)
      handle = null
      stopped = true
      await waitAtMost(running, graceMs)
      const { households, leaseUntil } = held
      held = { households: new Set(), leaseUntil: '' }
      await options.jobs.handBack([...households], leaseUntil, new Date(options.clock.now()).toISOString())
    },
  }
}
