// Runs in the server process: every tick, for each subscribed household, works out what is due and
// sends each reminder once per device. Time comes from an injected clock, ticks from an injected timer.
import type { Clock } from '../../domain/clock'
import type { Notifier } from '../push/notifier'
import type { SubscriptionStore } from '../push/subscriptionStore'
import { dueReminders, REMINDER_HORIZON_MS, type HouseholdReminderData } from './dueReminders'
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
  notifier: Notifier
  clock: Clock
  timer?: Timer
  /** How often to look; reminders are at most this late. */
  intervalMs?: number
  log?: (line: string) => void
}

const KEEP_SENT_MS = 30 * 24 * 3600_000
const systemTimer: Timer = {
  setInterval: (run, ms) => setInterval(run, ms).unref(),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
}

export interface ReminderScheduler {
  /** One look at the data; resolves with how many reminders were delivered. */
  tick(): Promise<number>
  start(): void
  stop(): Promise<void>
}

export function createReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const timer = options.timer ?? systemTimer
  const log = options.log ?? ((line: string) => console.warn(line))
  let handle: unknown = null
  let running: Promise<number> | null = null

  async function sendDue(householdId: string, now: Date): Promise<number> {
    const at = now.toISOString()
    const data = await options.source.household(
      householdId,
      at,
      new Date(now.getTime() + REMINDER_HORIZON_MS).toISOString(),
    )
    let delivered = 0
    for (const device of await options.subscriptions.ofHousehold(householdId)) {
      for (const reminder of dueReminders(data, device, at)) {
        if (!(await options.sent.claim(device.id, reminder.key, at))) continue
        const ttlSeconds = Math.max(60, Math.floor((Date.parse(reminder.usefulUntil) - now.getTime()) / 1000))
        const outcome = await options.notifier.deliver(device, reminder.push, { ttlSeconds, urgency: 'normal' })
        if (outcome === 'delivered') delivered += 1
        else if (outcome === 'failed') await options.sent.release(device.id, reminder.key)
        else break // gone: the device and its rows are forgotten
      }
    }
    return delivered
  }

  async function runOnce(): Promise<number> {
    const now = new Date(options.clock.now())
    let delivered = 0
    for (const householdId of await options.subscriptions.households()) {
      try {
        delivered += await sendDue(householdId, now)
      } catch (error) {
        // One household's bad data must not stop the others' reminders.
        log(`reminders: a household's reminders failed: ${error instanceof Error ? error.name : 'error'}`)
      }
    }
    await options.sent.forgetOlderThan(new Date(now.getTime() - KEEP_SENT_MS).toISOString())
    return delivered
  }

  function tick(): Promise<number> {
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
    async stop() {
      if (handle !== null) timer.clearInterval(handle)
      handle = null
      await running
    },
  }
}
