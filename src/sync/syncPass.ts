// One complete sync pass: send the outbox, pull every page whatever the sending did, refresh the
// municipality's rules when stale.
import type { PusteromDatabase } from '../db/database'
import type { ApiClient } from './apiClient'
import { isoNow, type Clock } from '../domain/clock'
import { isApiError } from './apiError'
import { pullChanges } from './pull'
import { pushOutbox, type PushResult } from './push'
import { municipalityFetchedAt, refreshMunicipality } from './session'
import { noteServerFailure } from './setAside'

const LAST_SYNCED_KEY = 'lastSyncedAt'

export interface SyncPassOptions {
  db: PusteromDatabase
  api: ApiClient
  clock: Clock
  pageSize?: number
  /** How stale the municipality's rules may get before a pass fetches them again. */
  municipalityMaxAgeMs?: number
}

export async function readLastSyncedAt(db: PusteromDatabase): Promise<string | null> {
  return ((await db.syncState.get(LAST_SYNCED_KEY))?.value as string | undefined) ?? null
}

/** Runs a pass; resolves with the moment it finished, or throws the ApiError that stopped it. */
export async function syncPass(options: SyncPassOptions, signal: AbortSignal): Promise<string> {
  const { db, api, clock } = options
  let pushFailure: unknown = null
  const changed = new Set<string>()
  for (;;) {
    // The family must see the municipality's news (a cancelled stay) even when their own changes cannot go.
    const pushed = await pushOutbox(db, api, clock, signal).catch((error: unknown): PushResult => {
      // A pull cannot do better without a session, nor after the caller stopped.
      if (isApiError(error, 'aborted') || isApiError(error, 'sessionExpired')) throw error
      pushFailure = error
      return { sent: 0, rejected: 0, stuck: null }
    })
    for (const entity of await pullChanges(db, api, signal, options.pageSize)) changed.add(entity)
    if (pushed.stuck === null) break
    // The server has just answered the pull, so it is up and failing on this one mutation.
    const { entry, error } = pushed.stuck
    if (!(await noteServerFailure(db, entry, error.kind, clock))) {
      pushFailure = error
      break
    }
    // Set aside: the mutations behind it go now.
  }
  // The rules are not in the change feed. The municipality tells families of new rules in a message,
  // so any new message is the moment to fetch them; otherwise now and then.
  const fetchedAt = await municipalityFetchedAt(db)
  const maxAge = options.municipalityMaxAgeMs ?? 6 * 3600_000
  if (changed.has('message') || fetchedAt === null || clock.now() - Date.parse(fetchedAt) >= maxAge)
    await refreshMunicipality(options, signal)
  if (pushFailure !== null) throw pushFailure
  const at = isoNow(clock)
  await db.syncState.put({ key: LAST_SYNCED_KEY, value: at })
  return at
}
