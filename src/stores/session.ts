// Who is signed in on this device, and signing in and out. Sign-out deletes the device's data, so
// the UI should warn first when changes are still waiting to be sent (see `outboxIsEmpty`).
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { useLiveQuery } from '../composables/useLiveQuery'
import { db } from '../db/database'
import { pendingCount } from '../db/outboxQueries'
import { isApiError, type ApiErrorKind } from '../sync/apiError'
import { loadAppSync } from '../sync/loadAppSync'
import { readSession, type StoredSession } from '../sync/session'

export const useSessionStore = defineStore('session', () => {
  const { data: session, loaded } = useLiveQuery(() => readSession(db), null as StoredSession | null)
  const { data: pending } = useLiveQuery(() => pendingCount(db), 0)
  const busy = shallowRef(false)
  /** Why the last sign-in failed: 'badCredentials', 'offline', 'timeout', 'server', 'refused', … */
  const signInError = shallowRef<ApiErrorKind | 'unexpected' | null>(null)

  async function signIn(username: string, password: string): Promise<boolean> {
    busy.value = true
    signInError.value = null
    try {
      await (await loadAppSync()).signIn(username, password)
      return true
    } catch (error) {
      signInError.value = isApiError(error) ? error.kind : 'unexpected'
      return false
    } finally {
      busy.value = false
    }
  }

  async function signOut(): Promise<void> {
    busy.value = true
    try {
      await (await loadAppSync()).signOut()
    } finally {
      busy.value = false
    }
  }

  return {
    loaded,
    user: computed(() => session.value?.user ?? null),
    expiresAt: computed(() => session.value?.expiresAt ?? null),
    signedIn: computed(() => session.value !== null),
    pendingCount: pending,
    outboxIsEmpty: computed(() => pending.value === 0),
    busy,
    signInError,
    signIn,
    signOut,
  }
})
