// The sync engine (and the schemas it validates with) loads after the first screen has painted:
// the calendar reads the device database and never waits for the network code.
import type * as AppSyncModule from './appSync'
import type { AppSync } from './appSync'

let loading: Promise<typeof AppSyncModule> | undefined
const load = () => (loading ??= import('./appSync'))

export const loadAppSync = (): Promise<AppSync> => load().then((module) => module.appSync())

let started: (sync: AppSync) => void
/**
 * The engine once main.ts has started it: the header's sync line waits for this rather than load the
 * engine and its schemas itself while a slow phone is still painting the first screen.
 */
export const startedAppSync = new Promise<AppSync>((resolve) => (started = resolve))

/** Loads the engine and starts syncing for the page's lifetime; called once from main.ts. */
export const startAppSyncWhenLoaded = (): Promise<AppSync> =>
  load().then((module) => {
    const sync = module.startAppSync()
    started(sync)
    return sync
  })
