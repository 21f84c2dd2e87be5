/// <reference lib="webworker" />
// A tap on a notification opens the page it is about (the stay, the message) in the app's own window
// if one is open, else in a new one.
declare const self: ServiceWorkerGlobalScope
export {} // a module, so `self` above is this file's own declaration

async function open(path: string): Promise<void> {
  const url = new URL(path, self.location.origin)
  // Only pages of the app itself: a notification never sends the family elsewhere.
  if (url.origin !== self.location.origin) return
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
  const appWindow = windows.find((client) => new URL(client.url).origin === self.location.origin)
  if (appWindow) {
    // Focusing needs the tap's user activation; without it the window still goes to the page.
    const focused = await appWindow.focus().catch(() => appWindow)
    if (new URL(focused.url).pathname !== url.pathname) await focused.navigate(url.href)
    return
  }
  await self.clients.openWindow(url.href)
}

self.addEventListener('notificationclick', (event: NotificationEvent) => {
  event.notification.close()
  const path = (event.notification.data as { url?: unknown } | null)?.url
  event.waitUntil(open(typeof path === 'string' ? path : '/'))
})
