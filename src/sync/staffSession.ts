// The staff member's session in the console: kept in this tab's sessionStorage only, never in the
// family's device database, so a staff machine keeps no one's data once the tab is closed.
import type { SessionResponse, User } from '../protocol'
import { createApiClient, type ApiClient } from './apiClient'
import { ApiError } from './apiError'
import { createStaffApi, type StaffApi } from './staffApi'

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

/** The API client and the staff calls, sending the token `token()` gives at the time of each call. */
export function createStaffConnection(token: () => string | null): { api: ApiClient; staff: StaffApi } {
  // fetch is looked up at each call, so tests can stub it.
  const api = createApiClient({ baseUrl: '', token, fetch: (input, init) => globalThis.fetch(input, init) })
  return { api, staff: createStaffApi(api) }
}

/** Signs in with a username and password; a family's account is refused here and its session ended. */
export async function staffSignIn(
  api: ApiClient,
  username: string,
  password: string,
  storage = tabStorage(),
): Promise<StaffSession> {
  const response: SessionResponse = await api.createSession(username, password)
  if (response.user.role !== 'staff') {
    await createApiClient({ baseUrl: '', token: () => response.token })
      .deleteSession()
      .catch(() => undefined)
    throw new ApiError('refused', 'POST /session: the console is for the municipality’s staff', { code: 'forbidden' })
  }
  const session = { token: response.token, expiresAt: response.expiresAt, user: response.user }
  storage?.setItem(STORAGE_KEY, JSON.stringify(session))
  return session
}

export async function staffSignOut(api: ApiClient, storage = tabStorage()): Promise<void> {
  await api.deleteSession(AbortSignal.timeout(5_000)).catch(() => undefined)
  storage?.removeItem(STORAGE_KEY)
}
