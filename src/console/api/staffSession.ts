// The staff member's session in the console: kept in this tab's sessionStorage only, never in the
// family's device database, so a staff machine keeps no one's data once the tab is closed.
import type { SessionResponse, User } from '../../protocol'
import { createApiClient, routeLabel, type ApiClient } from '../../protocol/apiClient'
import { ApiError } from '../../protocol/apiError'
import { sessionRoutes, signInRoutes } from '../../protocol/routes/sessionRoutes'
import { signInStartPath } from '../../protocol/routes/signInRedirectRoutes'

const STORAGE_KEY = 'pusterom.staffSession'

export interface StaffSession {
  token: string
  expiresAt: string
  user: User
}

type SessionStorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
const tabStorage = (): SessionStorageLike | undefined => globalThis.sessionStorage

export function storedStaffSession(now: number, storage = tabStorage()): StaffSession | null {
  try {
    const session = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null') as StaffSession | null
    return session && Date.parse(session.expiresAt) > now ? session : null
  } catch {
    return null
  }
}

/** The console's API client, sending the token `token()` gives at the time of each call. */
export function createStaffConnection(token: () => string | null): ApiClient {
  // fetch is looked up at each call, so tests can stub it.
  return createApiClient({ baseUrl: '', token, fetch: (input, init) => globalThis.fetch(input, init) })
}

/** Signs in with a username and password; a family's account is refused here and its session ended. */
export async function staffSignIn(
  api: ApiClient,
  username: string,
  password: string,
  storage = tabStorage(),
): Promise<StaffSession> {
  return keepStaffSession(await api.call(sessionRoutes.createSession, { body: { username, password } }), storage)
}

/** Finishes a sign-in through the municipality's provider: trades the code from `/kommune/logg-inn/complete?code=…`. */
export async function staffSignInWithCode(api: ApiClient, code: string, storage = tabStorage()): Promise<StaffSession> {
  return keepStaffSession(await api.call(signInRoutes.exchangeSession, { body: { code } }), storage)
}

/**
 * Where the browser goes to sign in with the municipality's provider: a navigation, as the provider's
 * pages follow, which comes back to `/kommune/logg-inn/complete?code=…`.
 */
export function staffProviderSignInPath(locale: string): string {
  return signInStartPath('staff', locale)
}

async function keepStaffSession(response: SessionResponse, storage: SessionStorageLike | undefined) {
  if (response.user.role !== 'staff') {
    await createApiClient({ baseUrl: '', token: () => response.token })
      .call(sessionRoutes.deleteSession)
      .catch(() => undefined)
    const label = routeLabel(sessionRoutes.createSession)
    throw new ApiError('refused', `${label}: the console is for the municipality’s staff`, { code: 'forbidden' })
  }
  const session = { token: response.token, expiresAt: response.expiresAt, user: response.user }
  storage?.setItem(STORAGE_KEY, JSON.stringify(session))
  return session
}

/**
 * Ends the session here, and answers where the browser goes to end the provider's session too (null
 * after a password sign-in, or when the server could not be reached: the tab forgets the token anyway).
 */
export async function staffSignOut(api: ApiClient, storage = tabStorage()): Promise<string | null> {
  try {
    return (await api.call(signInRoutes.signOut, { signal: AbortSignal.timeout(5_000) })).endSessionUrl
  } catch {
    return null
  } finally {
    storage?.removeItem(STORAGE_KEY)
  }
}
