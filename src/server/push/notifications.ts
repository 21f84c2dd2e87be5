// Notifications as one part of the server: the VAPID identity, the push endpoints and the calendar
// feed's, the listener that pushes the municipality's messages, and the reminder scheduler.
import type { Route } from '../api/route'
import { calendarFeedRoutes } from '../calendarFeed/feedRoutes'
import type { Clock } from '../../domain/clock'
import type { ServerEvents } from '../events'
import { createReminderScheduler, type ReminderScheduler, type Timer } from '../reminders/reminderScheduler'
import { recordsReminderSource } from '../reminders/recordsReminderSource'
import { sentReminders } from '../reminders/sentReminders'
import type { Database } from '../storage/database'
import { createNotifier, type Notifier } from './notifier'
import { pushRoutes } from './pushRoutes'
import { pushEndpointRules, type HostResolver } from './pushEndpoint'
import { createPushSender } from './pushSender'
import { subscriptionStore } from './subscriptionStore'
import { loadVapidKeys, type VapidKeys } from './vapidKeys'

export interface NotificationOptions {
  /** VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT; without keys, keys made once and stored. */
  env?: NodeJS.ProcessEnv
  /** Also send to push services on loopback (PUSH_ALLOW_LOOPBACK; tests' stand-in), never by default. */
  allowLoopback?: boolean
  /** How push services' host names are resolved (tests map names to addresses without DNS). */
  resolve?: HostResolver
  /** What ticks the reminder scheduler; null leaves it to the caller's `reminders.tick()` (tests). */
  timer?: Timer | null
  intervalMs?: number
}

export interface Notifications {
  vapid: VapidKeys
  routes: readonly Route[]
  events: ServerEvents
  notifier: Notifier
  reminders: ReminderScheduler
  stop(): Promise<void>
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
  const notifier = createNotifier({
    subscriptions,
    send: createPushSender({ vapid, endpoints }),
    clock,
    log,
  })
  const reminders = createReminderScheduler({
    source: recordsReminderSource(db),
    subscriptions,
    sent: sentReminders(db),
    notifier,
    clock,
    log,
    intervalMs: options.intervalMs,
    ...(options.timer ? { timer: options.timer } : {}),
  })
  if (options.timer !== null) reminders.start()
  return {
    vapid,
    routes: [...pushRoutes(vapid, endpoints), ...calendarFeedRoutes],
    events: {
      messageCreated: (householdId, message, stayStart) => notifier.messageCreated(householdId, message, stayStart),
    },
    notifier,
    reminders,
    stop: () => reminders.stop(),
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
