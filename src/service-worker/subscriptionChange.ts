/// <reference lib="webworker" />
// The browser may replace a push subscription (the push service rotated it, or it expired): subscribe
// again with the same server key when the browser did not, and have open pages tell the server.
import { PUSH_SUBSCRIPTION_CHANGED } from '../protocol/serviceWorkerMessages'

declare const self: ServiceWorkerGlobalScope

async function renew(event: PushSubscriptionChangeEvent): Promise<void> {
  const serverKey = event.oldSubscription?.options.applicationServerKey
  const current = event.newSubscription ?? (await self.registration.pushManager.getSubscription())
  if (!current && serverKey)
    await self.registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: serverKey })
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
  for (const page of pages) page.postMessage({ type: PUSH_SUBSCRIPTION_CHANGED })
}

self.addEventListener('pushsubscriptionchange', (event: PushSubscriptionChangeEvent) => {
  event.waitUntil(renew(event))
})
