// Registers the service worker and tells the app when a new version waits (workbox-window).
import { offlineReady, serviceWorkerRegistered, updateWaiting } from '../tools/serviceWorkerUpdate'

export async function installPwa(
  serviceWorkers: ServiceWorkerContainer | undefined = navigator.serviceWorker,
): Promise<void> {
  if (!serviceWorkers || !import.meta.env.PROD) return
  // Fetched after the first screen: registering the service worker can wait that long.
  const { Workbox } = await import('workbox-window')
  const workbox = new Workbox('/sw.js', { scope: '/' })
  serviceWorkerRegistered(workbox)
  workbox.addEventListener('waiting', () => {
    updateWaiting.value = true
  })
  workbox.addEventListener('activated', () => {
    offlineReady.value = true
  })
  void workbox.register().then((registered) => {
    serviceWorkerRegistered(workbox, registered)
    offlineReady.value = serviceWorkers.controller !== null
  })
}
