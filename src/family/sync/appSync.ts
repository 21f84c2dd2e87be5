// The app's one sync engine and API client, on the app's own database and origin.
import { db } from '../db/database'
import { createApiClient, type ApiClient } from '../../protocol/apiClient'
import { signInRoutes } from '../../protocol/routes/sessionRoutes'
import type { AuthMethodsResponse } from '../../protocol/signIn'
import { attachBrowserTriggers } from './browserTriggers'
import { systemClock, type Clock } from '../../domain/clock'
import { SyncEngine } from './engine'
import { turnOffPush } from './pushSubscription'
import { currentToken, readSession, signIn, signInWithCode, signOut } from './session'

export interface AppSync {
  api: ApiClient
  engine: SyncEngine
  clock: Clock
  /** The ways of signing in the server offers now. */
  authMethods(): Promise<AuthMethodsResponse>
  signIn(username: string, password: string): ReturnType<typeof signIn>
  /** Finishes a sign-in through ID-porten with the code from `/sign-in/complete?code=…`. */
  signInWithCode(code: string): ReturnType<typeof signInWithCode>
  /** Answers where to send the browser to end the ID-porten session too, if anywhere. */
  signOut(): Promise<string | null>
}

let instance: AppSync | undefined
let detach: (() => void) | undefined

/** Serialises syncs across the app's open tabs, where the browser can. */
function browserLock(name: string, run: () => Promise<boolean>): Promise<boolean> {
  const locks = globalThis.navigator?.locks
  return locks ? locks.request(name, run) : run()
}

export function appSync(): AppSync {
  if (instance) return instance
  const clock = systemClock
  const api = createApiClient({ baseUrl: '', token: () => currentToken(db, clock) })
  const engine = new SyncEngine({
    db,
    api,
    clock,
    hasSession: async () => (await readSession(db)) !== null,
    lock: browserLock,
  })
  const context = { db, api, clock }
  instance = {
    api,
    engine,
    clock,
    authMethods: () => api.call(signInRoutes.getAuthMethods),
    async signIn(username, password) {
      const user = await signIn(context, username, password)
      engine.trigger('start')
      return user
    },
    async signInWithCode(code) {
      const user = await signInWithCode(context, code)
      engine.trigger('start')
      return user
    },
    async signOut() {
      await engine.stop()
      // While the session still works: the server forgets this phone, so no notification follows the family out.
      await turnOffPush(api).catch(() => undefined)
      const endSessionUrl = await signOut(context)
      engine.start()
      return endSessionUrl
    },
  }
  return instance
}

/** Starts syncing for the page's lifetime: call once from main.ts after the app is mounted. */
export function startAppSync(): AppSync {
  const sync = appSync()
  detach ??= attachBrowserTriggers(sync.engine, db)
  sync.engine.start()
  return sync
}
