// The sync engine (and the schemas it validates with) loads after the first screen has painted:
// the calendar reads the device database and never waits for the network code.
import type { AppSync } from './appSync'

let loading: Promise<AppSync> | undefined

export function loadAppSync(): Promise<AppSync> {
  loading ??= import('./appSync').then(({ appSync }) => appSync())
  return loading
}

/** Loads the engine and starts syncing for the page's lifetime; called once from main.ts. */
export function startAppSyncWhenLoaded(): Promise<AppSync> {
  return import('./appSync').then(({ startAppSync }) => {
    const sync = startAppSync()
    loading ??= Promise.resolve(sync)
    return sync
  })
}
