/// <reference lib="webworker" />
// Shows each push as a notification with the server's Norwegian title and body (the server already
// left out what the family keeps off the lock screen), as notificationPlan.ts decides, and asks open
// pages to sync so the change is on the phone before the family taps.
import type { PushMessage } from '../protocol/push'
import { SYNC_REQUEST } from '../protocol/serviceWorkerMessages'
import { planFor, workerLanguages } from './notificationPlan'

declare const self: ServiceWorkerGlobalScope

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
      !workerLanguages.includes(value.lang)
    )
      return null
    return value as PushMessage
  } catch {
    return null
  }
}

// One push at a time: two arriving together must not both read the screen before either has shown.
let queue: Promise<unknown> = Promise.resolve()

function show(message: PushMessage | null): Promise<void> {
  const shown = queue.then(async () => {
    const onScreen = await self.registration.getNotifications()
    const plan = planFor(message, onScreen)
    await self.registration.showNotification(plan.show.title, plan.show.options)
    for (const notification of onScreen) if (plan.close.includes(notification.tag)) notification.close()
  })
  queue = shown.catch(() => undefined)
  return shown
}

async function askPagesToSync(): Promise<void> {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
  for (const page of pages) page.postMessage({ type: SYNC_REQUEST })
}

self.addEventListener('push', (event: PushEvent) => {
  event.waitUntil(Promise.all([show(readPushMessage(event.data)), askPagesToSync()]))
})

// Before every push showed a notification, the worker kept the ids of the pushes it had shown; nothing reads them now.
self.addEventListener('activate', (event: ExtendableEvent) => {
  event.waitUntil(self.caches.delete('pusterom-shown-pushes'))
})
