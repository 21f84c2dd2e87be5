/// <reference lib="webworker" />
// Shows each push as a notification with the server's Norwegian title and body (the server already
// left out what the family keeps off the lock screen), groups several messages into one, and asks
// open pages to sync so the change is on the phone before the family taps.
import type { PushMessage } from '../protocol/push'
import { SYNC_REQUEST } from '../protocol/serviceWorkerMessages'
import { shownPushes } from './shownPushes'

declare const self: ServiceWorkerGlobalScope

type Lang = PushMessage['lang']
const MESSAGE_KINDS = new Set<PushMessage['kind']>([
  'stayChanged',
  'stayCancelled',
  'stayPlanned',
  'requestAnswered',
  'notice',
])
const INBOX_GROUP = 'inbox'

// The worker cannot load the app's vue-i18n messages; these few words are its own.
const texts: Record<Lang, { fallbackTitle: string; fallbackBody: string; several: (count: number) => string }> = {
  nb: {
    fallbackTitle: 'Pusterom',
    fallbackBody: 'Det er nytt fra kommunen.',
    several: (n) => `${n} nye beskjeder fra kommunen`,
  },
  nn: {
    fallbackTitle: 'Pusterom',
    fallbackBody: 'Det er nytt frå kommunen.',
    several: (n) => `${n} nye beskjedar frå kommunen`,
  },
  en: {
    fallbackTitle: 'Pusterom',
    fallbackBody: 'There is news from the municipality.',
    several: (n) => `${n} new messages from the municipality`,
  },
}

interface NotificationData {
  url: string
  group: string | null
  titles: string[]
}

/** The payload as the server sends it, or null for anything else (never trust what arrives). */
export function readPushMessage(data: PushMessageData | null): PushMessage | null {
  try {
    const value = data?.json() as Partial<PushMessage> | undefined
    if (
      !value ||
      value.v !== 1 ||
      typeof value.title !== 'string' ||
      typeof value.body !== 'string' ||
      typeof value.tag !== 'string'
    )
      return null
    if (
      typeof value.url !== 'string' ||
      !/^\/[^/]/.test(value.url) ||
      !value.kind ||
      !value.lang ||
      !(value.lang in texts)
    )
      return null
    return value as PushMessage
  } catch {
    return null
  }
}

/** The municipality's messages already on the screen, as one group or one by one. */
async function inboxNotifications(): Promise<Notification[]> {
  return (await self.registration.getNotifications()).filter(
    (shown) => (shown.data as NotificationData | null)?.group === INBOX_GROUP,
  )
}

async function show(message: PushMessage | null): Promise<void> {
  // Looked up first on every path: the screen's notifications are read before one is added, never while.
  const inbox = await inboxNotifications()
  if (!message) {
    // Browsers require a visible notification for every push, even one that cannot be read. What is
    // already listed stays: the newest message from the municipality is shown again rather than replaced.
    const newest = inbox.at(-1)
    await self.registration.showNotification(newest?.title ?? texts.nb.fallbackTitle, {
      body: newest?.body ?? texts.nb.fallbackBody,
      tag: newest?.tag ?? INBOX_GROUP,
      icon: '/icons/icon-192.png',
      data: newest?.data ?? ({ url: '/messages', group: INBOX_GROUP, titles: [] } satisfies NotificationData),
    })
    return
  }
  const icon = '/icons/icon-192.png'
  if (!MESSAGE_KINDS.has(message.kind)) {
    await self.registration.showNotification(message.title, {
      body: message.body,
      tag: message.tag,
      lang: message.lang,
      icon,
      data: { url: message.url, group: null, titles: [] } satisfies NotificationData,
    })
    return
  }
  // Several messages from the municipality become one notification listing them, opening the inbox.
  const earlier = inbox.filter((shown) => shown.tag !== message.tag)
  if (earlier.length === 0) {
    await self.registration.showNotification(message.title, {
      body: message.body,
      tag: message.tag,
      lang: message.lang,
      icon,
      data: { url: message.url, group: INBOX_GROUP, titles: [message.title] } satisfies NotificationData,
    })
    return
  }
  const titles = [message.title, ...earlier.flatMap((shown) => (shown.data as NotificationData).titles)]
  await self.registration.showNotification(texts[message.lang].several(titles.length), {
    body: titles.join('\n'),
    tag: INBOX_GROUP,
    lang: message.lang,
    icon,
    data: { url: '/messages', group: INBOX_GROUP, titles } satisfies NotificationData,
  })
  // Closed only once the group is shown, so the family is never left with nothing on the screen.
  for (const shown of earlier) if (shown.tag !== INBOX_GROUP) shown.close()
}

async function askPagesToSync(): Promise<void> {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
  for (const page of pages) page.postMessage({ type: SYNC_REQUEST })
}

const shown = shownPushes(self.caches)

/** A repeat of a push already shown is dropped; a storage failure shows it rather than lose it. */
async function showOnce(message: PushMessage | null): Promise<void> {
  const first = await shown.firstTime(message ? (message.id ?? message.messageId) : null).catch(() => true)
  if (first) await show(message)
}

self.addEventListener('push', (event: PushEvent) => {
  event.waitUntil(Promise.all([showOnce(readPushMessage(event.data)), askPagesToSync()]))
})
