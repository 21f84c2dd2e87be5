// Notifications: what a device asks to hear about, what a push carries, and the household's calendar feed.
import { z } from 'zod'
import { LOCALES } from './locale'
import { Id, Instant, Url } from './primitives'

/** Each kind of notification the family can turn on and off, per device. */
export const NotificationKind = z.enum([
  'stayChanges', // the municipality changed, cancelled or planned a stay
  'requestAnswers', // an answer to a change request
  'notices', // a notice from staff
  'deadlineReminders', // the change deadline of the next stay is near
  'packingReminders', // the evening before a stay with unticked items (a day stay: that morning)
  'summerReminders', // the summer-respite application deadline is near
])
export type NotificationKind = z.infer<typeof NotificationKind>

export const PushPreferences = z.strictObject({
  kinds: z.strictObject({
    stayChanges: z.boolean(),
    requestAnswers: z.boolean(),
    notices: z.boolean(),
    deadlineReminders: z.boolean(),
    packingReminders: z.boolean(),
    summerReminders: z.boolean(),
  }) satisfies z.ZodType<Record<NotificationKind, boolean>>,
  /** Show names, places and the staff's words on the lock screen; off shows only what happened and when. */
  showDetails: z.boolean(),
  /** Hours before the change deadline to remind; null: at 08:00 on the deadline day. */
  deadlineLeadHours: z.int().min(1).max(72).nullable(),
})
export type PushPreferences = z.infer<typeof PushPreferences>

export const defaultPushPreferences: PushPreferences = {
  kinds: {
    stayChanges: true,
    requestAnswers: true,
    notices: true,
    deadlineReminders: true,
    packingReminders: true,
    summerReminders: true,
  },
  showDetails: false,
  deadlineLeadHours: null,
}

export const PushLocale = z.enum(LOCALES)

/** PUT /push/preferences: this device's choices, found by its subscription's endpoint. */
export const PushPreferencesRequest = z.strictObject({
  endpoint: Url.max(1000),
  locale: PushLocale.optional(),
  preferences: PushPreferences,
})

/** What a push carries to the service worker (encrypted end to end; the push service never reads it). */
export const PushMessage = z.object({
  v: z.literal(1),
  /** The same on every send of one notification, so the service worker shows a repeat once (messages: messageId). */
  id: z.string().max(200).optional(),
  kind: z.enum([
    'stayChanged',
    'stayCancelled',
    'stayPlanned',
    'requestAnswered',
    'notice',
    'deadlineReminder',
    'packingReminder',
    'summerReminder',
  ]),
  title: z.string().max(200),
  body: z.string().max(500),
  /** The app page a tap opens, a path on the app's own origin. */
  url: z.string().regex(/^\/[^/]/),
  /** Notifications with the same tag replace each other (one per stay, one for the inbox). */
  tag: z.string().max(100),
  stayId: Id.nullable(),
  messageId: Id.nullable(),
  sentAt: Instant,
  /** The language the texts are in, for what the service worker adds (a summary of several). */
  lang: PushLocale,
})
export type PushMessage = z.infer<typeof PushMessage>

export const CalendarFeedResponse = z.object({
  /** The private address of the household's iCalendar feed; anyone holding it can read the stays. */
  url: z.string().min(1),
})
export type CalendarFeedResponse = z.infer<typeof CalendarFeedResponse>
