// Notifications as one part of the server, wired here above push, reminders and the calendar feed: the
// VAPID identity, the push endpoints and the calendar feed's, and the two workers every process runs over
// the shared database: the outbox of the municipality's messages and the reminder scheduler.
import type { Clock } from '../domain/clock'
import type { Route } from './api/route'
import { calendarFeedHandlers } from './calendarFeed/feedHandlers'
import type { ServerEvents } from './events'
import { createNotifier, type Notifier } from './push/notifier'
import { createPushOutbox, type PushOutbox } from './push/pushOutbox'
import { pushEndpointRules, type HostResolver } from './push/pushEndpoint'
import { pushHandlers } from './push/pushHandlers'
import { createPushSender, type PushOutcome, type PushSender } from './push/pushSender'
import { subscriptionStore } from './push/subscriptionStore'
import { loadVapidKeys, type VapidKeys } from './push/vapidKeys'
import { recordsReminderSource } from './reminders/recordsReminderSource'
import { reminderJobs } from './reminders/reminderJobs'
import { createReminderScheduler, systemTimer, type ReminderScheduler, type Timer } from './reminders/reminderScheduler'
import { sentReminders } from './reminders/sentReminders'
import type { Database } from './storage/database'

export interface NotificationOptions {
  /** VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT; without keys, keys made once and stored. */
  env?: NodeJS.ProcessEnv
  /** Also send to push services on loopback (PUSH_ALLOW_LOOPBACK; tests' stand-in), never by default. */
  allowLoopback?: boolean
  /** How push services' host names are resolved (tests map names to addresses without DNS). */
  resolve?: HostResolver
  /** What ticks the workers; null leaves them to the caller's `reminders.tick()` and `outbox.run()` (tests). */
  timer?: Timer | null
  /** How often the reminders are looked at (default a minute). */
  intervalMs?: number
  /** How often the outbox is looked at for pushes other processes queued or that wait for a retry (default 2 s). */
  outboxIntervalMs?: number
  /** How long a job a process took stays its own; after that, if the process died, another takes it. */
  leaseMs?: number
  /** Told the outcome of every push handed to a push service (the metrics count them). */
  countPush?: (outcome: PushOutcome) => void
}

export interface Notifications {
  vapid: VapidKeys
  routes: readonly Route[]
  events: ServerEvents
  notifier: Notifier
  reminders: ReminderScheduler
  outbox: PushOutbox
  /** Stops both workers; what they still hold after `graceMs` (default: no limit) goes back to the queues. */
  stop(graceMs?: number): Promise<void>
}

export async function startNotifications(
  db: Database,
  clock: Clock,
  log: (line: string) => void,
  options: NotificationOptions = {},
): Promise<Notifications> {
  const vapid = await loadVapidKeys(db, options.env ?? process.env)
  const subscriptions = subscriptionStore(db)
  const endpoints = pushEndpointRules({ resolve: options.resolve, allowLoopback: options.allowLoopback })
  const sender = createPushSender({ vapid, endpoints })
  const { countPush } = options
  const send: PushSender = countPush
    ? (target, message, sendOptions) =>
        sender(target, message, sendOptions).then((outcome) => (countPush(outcome), outcome))
    : sender
  const notifier = createNotifier({
    subscriptions,
    send,
    clock,
    log,
  })
  const timer = options.timer ?? systemTimer
  const reminders = createReminderScheduler({
    source: recordsReminderSource(db),
    subscriptions,
    sent: sentReminders(db),
    jobs: reminderJobs(db),
    notifier,
    clock,
    log,
    intervalMs: options.intervalMs,
    leaseMs: options.leaseMs,
    timer,
  })
  const outbox = createPushOutbox({ db, subscriptions, notifier, clock, log, leaseMs: options.leaseMs })
  const runOutbox = () => void outbox.run().catch(() => log('push: an outbox run failed'))
  let outboxTimer: unknown = null
  if (options.timer !== null) {
    reminders.start()
    runOutbox()
    outboxTimer = timer.setInterval(runOutbox, options.outboxIntervalMs ?? 2_000)
  }
  return {
    vapid,
    routes: [...pushHandlers(vapid, endpoints), ...calendarFeedHandlers],
    // The pushes were queued with the message; this process sends them at once instead of at its next look.
    events: { messageCreated: () => outbox.run() },
    notifier,
    reminders,
    outbox,
    async stop(graceMs = Infinity) {
      if (outboxTimer !== null) timer.clearInterval(outboxTimer)
      await Promise.all([reminders.stop(graceMs), outbox.stop(graceMs)])
    },
  }
}

/** Tells every listener; one listener's failure is the caller's to log, the others still hear. */
export function bothEvents(first: ServerEvents, second: ServerEvents): ServerEvents {
  return {
    messageCreated: (householdId, message, stayStart) =>
      Promise.all([
        first.messageCreated(householdId, message, stayStart),
        second.messageCreated(householdId, message, stayStart),
      ]),
  }
}
