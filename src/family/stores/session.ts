// Who is signed in on this device, and signing in and out. Sign-out deletes the device's data, so
// the UI should warn first when changes are still waiting to be sent (see `outboxIsEmpty`).
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { useLiveQuery } from '../tools/useLiveQuery'
import { db } from '../db/database'
import { pendingCount } from '../db/outboxQueries'
import type { AuthMethodsResponse } from '../../protocol/signIn'
import { isApiError, type ApiErrorKind } from '../../protocol/apiError'
import { rememberAuthMethods, rememberedAuthMethods } from '../sync/authMethods'
import { loadAppSync } from '../sync/loadAppSync'
import { idportenSignInPath, readSession, type StoredSession } from '../sync/sessionOnDevice'

export const useSessionStore = defineStore('session', () => {
  const { data: session, loaded } = useLiveQuery(() => readSession(db), null as StoredSession | null)
  const { data: pending } = useLiveQuery(() => pendingCount(db), 0)
  const busy = shallowRef(false)
  /** Why the last sign-in failed: 'badCredentials', 'offline', 'timeout', 'server', 'refused', … */
  const signInError = shallowRef<ApiErrorKind | 'unexpected' | null>(null)
  /** As the server last said (ID-porten before it ever has); the demo password form only where it says so. */
  const methods = shallowRef<AuthMethodsResponse>(rememberedAuthMethods())

  async function loadMethods(): Promise<void> {
    try {
      methods.value = await (await loadAppSync()).authMethods()
      rememberAuthMethods(methods.value)
    } catch {
      // Offline or unreachable: signing in has to wait for the network anyway.
    }
  }

  async function signingIn(step: () => Promise<unknown>): Promise<boolean> {
    busy.value = true
    signInError.value = null
    try {
      await step()
      return true
    } catch (error) {
      signInError.value = isApiError(error) ? error.kind : 'unexpected'
      return false
    } finally {
      busy.value = false
    }
  }

  const signIn = async (username: string, password: string) =>
    signingIn(async () => (await loadAppSync()).signIn(username, password))

  /** Finishes a sign-in through ID-porten with the one-time code it came back with. */
  const completeSignIn = async (code: string) => signingIn(async () => (await loadAppSync()).signInWithCode(code))

  /** Signs out; answers where the browser goes to end the ID-porten session too, if anywhere. */
  async function signOut(): Promise<string | null> {
    busy.value = true
    try {
      return await (await loadAppSync()).signOut()
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
    methods,
    loadMethods,
    idportenSignInPath,
    signIn,
    completeSignIn,
    signOut,
  }
})
