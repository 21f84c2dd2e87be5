// Signing in and out: the session is kept on the device so the app starts signed in, even offline;
// signing out leaves nothing of the family's data on the device.
import type { PusteromDatabase } from '../db/database'
import type { Municipality, SessionResponse, User } from '../../protocol'
import type { ApiClient } from '../../protocol/apiClient'
import { municipalityRoutes } from '../../protocol/routes/municipalityRoutes'
import { sessionRoutes, signInRoutes } from '../../protocol/routes/sessionRoutes'
import { ApiError, isApiError } from '../../protocol/apiError'
import type { Clock } from '../../domain/clock'
import { SESSION_KEY, readSession, sessionHasExpired, type StoredSession } from './sessionOnDevice'

// What the first screen reads of the session lives apart, so it does not load signing in and out.
export { idportenSignInPath, readSession, sessionHasExpired, type StoredSession } from './sessionOnDevice'

export interface SessionContext {
  db: PusteromDatabase
  api: ApiClient
  clock: Clock
}

/** The token to send, or null when there is none or it has run out. */
export async function currentToken(db: PusteromDatabase, clock: Clock): Promise<string | null> {
  const session = await readSession(db)
  if (!session || sessionHasExpired(session, clock)) return null
  return session.token
}

/**
 * Signs in and fetches the municipality's rules. Data from another household on this device is
 * cleared first; the same household's unsent changes are kept and sent under the new session.
 */
export async function signIn(context: SessionContext, username: string, password: string): Promise<User> {
  return keepSession(context, await context.api.call(sessionRoutes.createSession, { body: { username, password } }))
}

/** Finishes a sign-in through ID-porten: trades the one-time code from `/sign-in/complete?code=…`. */
export async function signInWithCode(context: SessionContext, code: string): Promise<User> {
  return keepSession(context, await context.api.call(signInRoutes.exchangeSession, { body: { code } }))
}

async function keepSession(context: SessionContext, response: SessionResponse): Promise<User> {
  const { db, api } = context
  if (response.user.role !== 'caregiver' || response.user.householdId === null) {
    await api.call(sessionRoutes.deleteSession).catch(() => undefined)
    throw new ApiError('refused', 'this app is for families; staff use the municipality’s own tools', {
      code: 'forbidden',
    })
  }
  const previous = await readSession(db)
  if (previous && previous.user.householdId !== response.user.householdId) await clearLocalData(db)
  await db.meta.put({
    key: SESSION_KEY,
    value: { token: response.token, expiresAt: response.expiresAt, user: response.user } satisfies StoredSession,
  })
  await refreshMunicipality(context)
  return response.user
}

/**
 * Fetches the municipality's current rules (change deadline, summer respite, contacts) at sign-in,
 * so they show before the first pull ends; after that they come with the change feed.
 */
export async function refreshMunicipality(context: SessionContext, signal?: AbortSignal): Promise<Municipality> {
  const municipality = await context.api.call(municipalityRoutes.getMunicipality, { signal })
  await context.db.transaction('rw', context.db.municipality, async () => {
    await context.db.municipality.clear()
    await context.db.municipality.put(municipality)
  })
  return municipality
}

export interface SignOutOptions {
  /** Whether to tell the server (skipped offline; the token then simply expires). */
  online?: boolean
  caches?: Pick<CacheStorage, 'keys' | 'delete'>
}

/**
 * Ends the session on the server when possible, then deletes the device's database and data caches.
 * Answers where to send the browser to end the ID-porten session too (null: nowhere, or offline).
 */
export async function signOut(context: SessionContext, options: SignOutOptions = {}): Promise<string | null> {
  let endSessionUrl: string | null = null
  if (options.online ?? globalThis.navigator?.onLine ?? true) {
    try {
      endSessionUrl = (await context.api.call(signInRoutes.signOut, { signal: AbortSignal.timeout(5_000) }))
        .endSessionUrl
    } catch (error) {
      // Best effort: an unreachable server or an expired token must not keep the family signed in.
      if (!isApiError(error)) throw error
    }
  }
  await clearLocalData(context.db)
  await clearDataCaches(options.caches ?? globalThis.caches)
  return endSessionUrl
}

async function clearLocalData(db: PusteromDatabase): Promise<void> {
  await db.delete({ disableAutoOpen: false })
  // Reopening creates the empty database at once, which tells every live query to read again,
  // so screens and stores built on Dexie show the empty state without a reload.
  await db.open()
}

/** Every cache except the app shell's precache, which holds no one's data. */
async function clearDataCaches(caches: Pick<CacheStorage, 'keys' | 'delete'> | undefined): Promise<void> {
  if (!caches) return
  for (const name of await caches.keys()) {
    if (!name.includes('precache')) await caches.delete(name)
  }
}
