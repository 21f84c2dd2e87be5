// The running version (from package.json) and a check for a newer one, asked of the service worker now.
// Kept out of the update store and the pwa module: those load with the first screen, this only on "Mer".

/** Resolves true when a newer version was found (the update prompt then appears once it is installed). */
async function checkForUpdate(serviceWorkers = globalThis.navigator?.serviceWorker): Promise<boolean> {
  const registration = await serviceWorkers?.getRegistration()
  if (!registration) return false
  // Throws offline: the caller says so.
  await registration.update()
  return registration.installing !== null || registration.waiting !== null
}

export function useAppVersion() {
  return { version: __APP_VERSION__, checkForUpdate }
}
