// The app's one sync engine and API client, on the app's own database and origin.
import { db } from '../db/database'
import { createApiClient, type ApiClient } from '../../protocol/apiClient'
import { signInRoutes } from '../../protocol/routes/sessionRoutes'
import type { AuthMethodsResponse } from '../../protocol/signIn'
import { attachBrowserTriggers } from './browserTriggers'
import { attachChannelTriggers } from './channelTriggers'
import { systemClock, type Clock } from '../../domain/clock'
import { SyncEngine } from './engine'
import { turnOffPush } from './pushSubscription'
import { currentToken, readSession, signIn, signInWithCode, signOut } from './session'
import { keepSessionInMemory, reopenIfClosedUnder } from './vanishedDatabase'
import type { User } from '../../protocol'

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
let channel: { restart(): void } | undefined

/** Serialises syncs, signing in and out across the app's open tabs, where the browser can (Web Locks). */
function browserLock<T>(name: string, run: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks
  return locks ? locks.request(name, run) : run()
}

export function appSync(): AppSync {
  if (instance) return instance
  const clock = systemClock
  const api = createApiClient({ baseUrl: '', token: () => currentToken(db, clock) })
  const kept = keepSessionInMemory(db, clock)
  const engine = new SyncEngine({
    db,
    api,
    clock,
    // A database that vanished under the running app gets its session back, and the pass fetches the rest.
    hasSession: async () => {
      await reopenIfClosedUnder(db)
      return (await readSession(db)) !== null || (await kept.restoreIfVanished())
    },
    lock: browserLock,
  })
  const context = { db, api, clock }
  // Under the sync lock: no tab's pass writes into the database while a sign-in or sign-out replaces it.
  const signingIn = async (step: () => Promise<User>) => {
    const user = await engine.exclusive(step)
    kept.signedIn()
    engine.trigger('start')
    channel?.restart()
    return user
  }
  instance = {
    api,
    engine,
    clock,
    authMethods: () => api.call(signInRoutes.getAuthMethods),
    signIn: (username, password) => signingIn(() => signIn(context, username, password)),
    signInWithCode: (code) => signingIn(() => signInWithCode(context, code)),
    async signOut() {
      await engine.stop()
      // While the session still works: the server forgets this phone, so no notification follows the family out.
      await turnOffPush(api).catch(() => undefined)
      const endSessionUrl = await engine.exclusive(() => {
        kept.signingOut()
        return signOut(context)
      })
      channel?.restart() // finds no session, and stays closed until the next sign-in
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
  channel ??= attachChannelTriggers(sync.engine, db, { token: () => currentToken(db, sync.clock) })
  sync.engine.start()
  return sync
}
