// Registers the service worker and tells the app when a new version waits (workbox-window).
import { shallowRef } from 'vue'
import type { Workbox } from 'workbox-window'
import { SKIP_WAITING } from '../service-worker/messages'

/** True while a new version is installed and waits for the family's word to take over. */
export const updateWaiting = shallowRef(false)
/** True while the service worker controls the page, so it works offline. */
export const offlineReady = shallowRef(false)

let workbox: Workbox | undefined
let registration: ServiceWorkerRegistration | undefined

export async function installPwa(
  serviceWorkers: ServiceWorkerContainer | undefined = navigator.serviceWorker,
): Promise<void> {
  if (!serviceWorkers || !import.meta.env.PROD) return
  // Fetched after the first screen: registering the service worker can wait that long.
  const { Workbox } = await import('workbox-window')
  workbox = new Workbox('/sw.js', { scope: '/' })
  workbox.addEventListener('waiting', () => {
    updateWaiting.value = true
  })
  workbox.addEventListener('activated', () => {
    offlineReady.value = true
  })
  void workbox.register().then((registered) => {
    registration = registered
    offlineReady.value = serviceWorkers.controller !== null
  })
}

/** Hand over to the waiting version and reload once it controls the page. */
export function applyUpdate(): void {
  if (!workbox) return
  workbox.addEventListener('controlling', () => window.location.reload())
  // Trap: workbox.messageSW() posts to the worker this Workbox instance registered, which is the old,
  // active one when the new version was found later (over a minute after load, or after an earlier
  // update): the message was lost and the button did nothing. Tell the waiting worker itself.
  registration?.waiting?.postMessage({ type: SKIP_WAITING })
}
