// Who of the staff is signed in to the console, and the staff API calls made with that session.
// The token lives in this tab's sessionStorage (src/sync/staffSession.ts), never in the device database.
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { systemClock } from '../../domain/clock'
import { isApiError, type ApiErrorKind } from '../../sync/apiError'
import {
  createStaffConnection,
  staffSignIn,
  staffSignOut,
  storedStaffSession,
  type StaffSession,
} from '../../sync/staffSession'

export const useStaffSessionStore = defineStore('console-session', () => {
  const session = shallowRef<StaffSession | null>(storedStaffSession(systemClock.now()))
  const { api, staff } = createStaffConnection(() => session.value?.token ?? null)
  const busy = shallowRef(false)
  const signInError = shallowRef<ApiErrorKind | 'unexpected' | null>(null)

  async function signIn(username: string, password: string): Promise<boolean> {
    busy.value = true
    signInError.value = null
    try {
      session.value = await staffSignIn(api, username, password)
      return true
    } catch (error) {
      signInError.value = isApiError(error) ? error.kind : 'unexpected'
      return false
    } finally {
      busy.value = false
    }
  }

  async function signOut(): Promise<void> {
    await staffSignOut(api)
    session.value = null
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
    signIn,
    signOut,
    expired,
    staff,
  }
})
