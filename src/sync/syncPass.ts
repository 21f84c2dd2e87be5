// One complete sync pass: send the outbox, pull every page, refresh the municipality's rules when stale.
import type { PusteromDatabase } from '../db/database'
import type { ApiClient } from './apiClient'
import { isoNow, type Clock } from '../domain/clock'
import { pullChanges } from './pull'
import { pushOutbox } from './push'
import { municipalityFetchedAt, refreshMunicipality } from './session'

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
  await pushOutbox(db, api, clock, signal)
  const changed = await pullChanges(db, api, signal, options.pageSize)
  // The rules are not in the change feed. The municipality tells families of new rules in a message,
  // so any new message is the moment to fetch them; otherwise now and then.
  const fetchedAt = await municipalityFetchedAt(db)
  const maxAge = options.municipalityMaxAgeMs ?? 6 * 3600_000
  if (changed.has('message') || fetchedAt === null || clock.now() - Date.parse(fetchedAt) >= maxAge)
    await refreshMunicipality(options, signal)
  const at = isoNow(clock)
  await db.syncState.put({ key: LAST_SYNCED_KEY, value: at })
  return at
}
