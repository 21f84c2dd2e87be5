// The new version of the app that the service worker has installed, waiting for the family's word to take over.
// modules/pwa.ts registers the worker and fills this in; the update store reads it and hands over.
import { shallowRef, watch } from 'vue'
import type { Workbox } from 'workbox-window'
import { SKIP_WAITING } from '../../protocol/serviceWorkerMessages'

/** True while a new version is installed and waits for the family's word to take over. */
export const updateWaiting = shallowRef(false)
/** True while the service worker controls the page, so it works offline. */
export const offlineReady = shallowRef(false)

let workbox: Workbox | undefined
let registration: ServiceWorkerRegistration | undefined

/** Called once by modules/pwa.ts when the worker is registered. */
export function serviceWorkerRegistered(registeredWith: Workbox, registered?: ServiceWorkerRegistration): void {
  workbox = registeredWith
  if (registered) registration = registered
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

let handOverWhenWaiting = false

/**
 * The server no longer serves this version: look for the new one now and let it take over as soon as it
 * waits, without the family's word (their unsent changes stay on the device and go with the new version).
 */
export async function updateNow(): Promise<void> {
  if (!handOverWhenWaiting) {
    handOverWhenWaiting = true
    watch(updateWaiting, (waiting) => waiting && applyUpdate(), { immediate: true })
  }
  await registration?.update().catch(() => undefined) // offline: the next failed sync asks again
}
