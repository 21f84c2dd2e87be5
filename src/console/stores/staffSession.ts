// Who of the staff is signed in to the console, and the API client that calls with that session.
// The token lives in this tab's sessionStorage (src/console/api/staffSession.ts), never in the device database.
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { systemClock } from '../../domain/clock'
import type { AuthMethodsResponse, SignInFailure } from '../../protocol/signIn'
import { isApiError, type ApiErrorKind } from '../../protocol/apiError'
import { signInRoutes } from '../../protocol/routes/sessionRoutes'
import {
  createStaffConnection,
  staffSignIn,
  staffSignInWithCode,
  staffProviderSignInPath,
  staffSignOut,
  storedStaffSession,
  type StaffSession,
} from '../api/staffSession'
import { listenForStaffChanges, type StaffChangeHandlers } from '../api/staffChanges'

/** Why the last sign-in did not work: the API's answer, or the provider's (`/kommune/logg-inn?error=…`). */
export type ConsoleSignInError = ApiErrorKind | SignInFailure | 'unexpected'

export const useStaffSessionStore = defineStore('console-session', () => {
  const session = shallowRef<StaffSession | null>(storedStaffSession(systemClock.now()))
  const api = createStaffConnection(() => session.value?.token ?? null)
  const busy = shallowRef(false)
  const signInError = shallowRef<ConsoleSignInError | null>(null)
  /** The ways in the server offers; null until it has said (or when it could not be asked). */
  const methods = shallowRef<AuthMethodsResponse | null>(null)
  const methodsFailed = shallowRef(false)

  async function loadMethods(): Promise<void> {
    methodsFailed.value = false
    try {
      methods.value = await api.call(signInRoutes.getAuthMethods, { signal: AbortSignal.timeout(10_000) })
    } catch {
      methodsFailed.value = true
    }
  }

  async function run(start: () => Promise<StaffSession>, errorOf = (kind: ApiErrorKind): ConsoleSignInError => kind) {
    busy.value = true
    signInError.value = null
    try {
      session.value = await start()
      return true
    } catch (error) {
      signInError.value = isApiError(error) ? errorOf(error.kind) : 'unexpected'
      return false
    } finally {
      busy.value = false
    }
  }

  const signIn = (username: string, password: string) => run(() => staffSignIn(api, username, password))
  // A 401 on the exchange means the one-time code was used or too old: start again.
  const signInWithCode = (code: string) =>
    run(
      () => staffSignInWithCode(api, code),
      (kind) => (kind === 'badCredentials' ? 'expired' : kind),
    )

  function providerFailed(failure: SignInFailure): void {
    signInError.value = failure
  }

  /** Signs out; answers where the browser goes to end the provider's session too, if anywhere. */
  async function signOut(): Promise<string | null> {
    const endSessionUrl = await staffSignOut(api)
    session.value = null
    return endSessionUrl
  }

  /** A call answered 401: the session ran out on the server, so the console asks to sign in again. */
  function expired(error: unknown): boolean {
    if (!isApiError(error, 'sessionExpired')) return false
    session.value = null
    signInError.value = 'sessionExpired'
    void staffSignOut(api)
    return true
  }

  return {
    user: computed(() => session.value?.user ?? null),
    signedIn: computed(() => session.value !== null),
    busy,
    signInError,
    methods,
    methodsFailed,
    loadMethods,
    signIn,
    signInWithCode,
    providerFailed,
    /** Where the browser goes (a navigation) to sign in with the municipality's provider. */
    providerSignInPath: staffProviderSignInPath,
    signOut,
    expired,
    /** The API client of this session, for the console's stores and screens. */
    api,
    /** Opens the change channel with this session (src/console/stores/changes.ts holds it). */
    listenForChanges: (handlers: StaffChangeHandlers) =>
      listenForStaffChanges(() => session.value?.token ?? null, handlers),
  }
})
