/// <reference lib="webworker" />
// The service worker's wiring: precache the app shell, answer navigations with it offline,
// and take over on the user's word. Each further job (push, notification clicks) is a module beside it.
import { clientsClaim } from 'workbox-core'
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { SKIP_WAITING } from '../protocol/serviceWorkerMessages'
import './pushNotifications'
import './notificationClicks'
import './subscriptionChange'

declare const self: ServiceWorkerGlobalScope

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if (event.data?.type === SKIP_WAITING) void self.skipWaiting()
})

precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()

// Every page path is the app; the API and files are never answered with index.html.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//, /\.[a-z0-9]+$/i] }))

clientsClaim()
