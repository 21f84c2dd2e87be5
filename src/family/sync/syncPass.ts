// One complete sync pass: send the outbox, pull every page whatever the sending did (the municipality's
// rules come with the pull).
import type { PusteromDatabase } from '../db/database'
import type { ApiClient } from '../../protocol/apiClient'
import { isoNow, type Clock } from '../../domain/clock'
import { isApiError } from '../../protocol/apiError'
import { pullChanges } from './pull'
import { pushOutbox, type PushResult } from './push'
import { noteServerFailure } from './setAside'

const LAST_SYNCED_KEY = 'lastSyncedAt'
/** When the last pass that finished without error began (ms), by any tab of the app on this database. */
const LAST_PASS_STARTED_KEY = 'lastPassStartedAt'

export interface SyncPassOptions {
  db: PusteromDatabase
  api: ApiClient
  clock: Clock
  pageSize?: number
}

export async function readLastSyncedAt(db: PusteromDatabase): Promise<string | null> {
  return ((await db.syncState.get(LAST_SYNCED_KEY))?.value as string | undefined) ?? null
}

/** Whether a pass that began after `moment` (ms) has finished without error, in this tab or another. */
export async function passStartedAfter(db: PusteromDatabase, moment: number): Promise<boolean> {
  const started = (await db.syncState.get(LAST_PASS_STARTED_KEY))?.value
  return typeof started === 'number' && started > moment
}

/** Runs a pass; resolves with the moment it finished, or throws the ApiError that stopped it. */
export async function syncPass(options: SyncPassOptions, signal: AbortSignal): Promise<string> {
  const { db, api, clock } = options
  const startedAt = clock.now()
  let pushFailure: unknown = null
  for (;;) {
    // The family must see the municipality's news (a cancelled stay) even when their own changes cannot go.
    const pushed = await pushOutbox(db, api, clock, signal).catch((error: unknown): PushResult => {
      // A pull cannot do better without a session, nor after the caller stopped.
      if (isApiError(error, 'aborted') || isApiError(error, 'sessionExpired')) throw error
      pushFailure = error
      return { sent: 0, rejected: 0, stuck: null }
    })
    await pullChanges(db, api, signal, options.pageSize)
    if (pushed.stuck === null) break
    // The server has just answered the pull, so it is up and failing on this one mutation.
    const { entry, error } = pushed.stuck
    if (!(await noteServerFailure(db, entry, error.kind, clock))) {
      pushFailure = error
      break
    }
    // Set aside: the mutations behind it go now.
  }
  if (pushFailure !== null) throw pushFailure
  const at = isoNow(clock)
  await db.syncState.bulkPut([
    { key: LAST_SYNCED_KEY, value: at },
    { key: LAST_PASS_STARTED_KEY, value: startedAt },
  ])
  return at
}
