// Registers the service worker and tells the app when a new version waits (workbox-window).
import { shallowRef } from 'vue'
import { Workbox } from 'workbox-window'
import { SKIP_WAITING } from '../service-worker/messages'

/** True while a new version is installed and waits for the family's word to take over. */
export const updateWaiting = shallowRef(false)
/** True while the service worker controls the page, so it works offline. */
export const offlineReady = shallowRef(false)

let workbox: Workbox | undefined

export function installPwa(serviceWorkers: ServiceWorkerContainer | undefined = navigator.serviceWorker): void {
  if (!serviceWorkers || !import.meta.env.PROD) return
  workbox = new Workbox('/sw.js', { scope: '/' })
  workbox.addEventListener('waiting', () => {
    updateWaiting.value = true
  })
  workbox.addEventListener('activated', () => {
    offlineReady.value = true
  })
  void workbox.register().then(() => {
    offlineReady.value = serviceWorkers.controller !== null
  })
}

/** Hand over to the waiting version and reload once it controls the page. */
export function applyUpdate(): void {
  if (!workbox) return
  workbox.addEventListener('controlling', () => window.location.reload())
  workbox.messageSW({ type: SKIP_WAITING })
}
