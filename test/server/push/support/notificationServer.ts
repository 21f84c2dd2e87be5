// The real server with the demo data, a clock the test sets, its reminder scheduler ticked by hand,
// and its pushes going to a loopback stand-in for the push service; phones subscribe through the API.
import { afterAll, beforeAll } from 'vitest'
import { PushMessage, SessionResponse, type PushPreferences } from '../../../../src/protocol'
import { seedDemo } from '../../../../src/server/seed/demoSeed'
import { startServer, type RunningServer } from '../../../../src/server/startServer'
import type { Database } from '../../../../src/server/storage/database'
import { ApiClient } from '../../support/apiClient'
import { openTestDatabase } from '../../support/testDatabase'
import { testClock, type TestClock } from '../../../support/testClock'
import { aBrowserSubscription, decryptPush, type BrowserSubscription } from './browserPushKeys'
import { fakeResolver } from './fakeResolver'
import { startPushServiceStandIn, type PushServiceStandIn } from './pushServiceStandIn'

export interface NotificationWorld {
  server: RunningServer
  db: Database
  clock: TestClock
  pushService: PushServiceStandIn
  anonymous: ApiClient
  as(username: string): Promise<ApiClient>
  /** The id of the user's household. */
  householdOf(username: string): Promise<string>
  /** A new phone of the user's household that subscribes through the API, as the app does. */
  subscribedPhone(
    username: string,
    choices?: { locale?: 'nb' | 'nn' | 'en'; preferences?: PushPreferences },
  ): Promise<BrowserSubscription>
  /** What reached the phone so far, decrypted with its own keys. */
  pushesTo(phone: BrowserSubscription): PushMessage[]
  /** Waits until the phone has had `count` pushes in all. */
  waitForPushesTo(phone: BrowserSubscription, count: number): Promise<PushMessage[]>
}

/** Push-service names the server resolves (without DNS) to addresses it must never post to. */
export const NAMES_INSIDE_THE_NETWORK = {
  'push.example.test': ['10.0.0.1'],
  'metadata.example.test': ['169.254.169.254'],
}

export function useNotificationServer(): () => NotificationWorld {
  let world: NotificationWorld | undefined
  let closeAll: (() => Promise<void>) | undefined
  beforeAll(async () => {
    const clock = testClock()
    const db = await openTestDatabase()
    await seedDemo(db, clock)
    const pushService = await startPushServiceStandIn()
    // The stand-in listens on loopback, where pushes go only with the operator's explicit leave.
    const server = await startServer({
      database: db,
      clock,
      config: { pushAllowLoopback: true },
      log: () => {},
      notifications: { timer: null, env: {}, resolve: fakeResolver(NAMES_INSIDE_THE_NETWORK) },
    })
    const anonymous = new ApiClient(server.url)
    const sessions = new Map<string, Promise<ApiClient>>()
    const isFor = (phone: BrowserSubscription) => (push: { path: string }) =>
      `${pushService.url}${push.path}` === phone.endpoint
    const pushesTo = (phone: BrowserSubscription) =>
      pushService.received
        .filter(isFor(phone))
        .map((push) => PushMessage.parse(JSON.parse(decryptPush(push.body, phone))))
    world = {
      server,
      db,
      clock,
      pushService,
      anonymous,
      as(username) {
        let client = sessions.get(username)
        if (!client) {
          client = anonymous
            .post('/session', { username, password: 'demo' })
            .then((response) => anonymous.withToken(SessionResponse.parse(response.body).token))
          sessions.set(username, client)
        }
        return client
      },
      async householdOf(username) {
        const response = await anonymous.post('/session', { username, password: 'demo' })
        return SessionResponse.parse(response.body).user.householdId ?? ''
      },
      async subscribedPhone(username, choices = {}) {
        const phone = aBrowserSubscription(pushService.url)
        const response = await (
          await world!.as(username)
        ).post('/push/subscriptions', { endpoint: phone.endpoint, keys: phone.keys, ...choices })
        if (response.status !== 204) throw new Error(`subscribing answered ${response.status}: ${response.text}`)
        return phone
      },
      pushesTo,
      async waitForPushesTo(phone, count) {
        await pushService.waitUntil((received) => received.filter(isFor(phone)).length >= count)
        return pushesTo(phone)
      },
    }
    closeAll = async () => {
      await server.close()
      await pushService.close()
      await db.close()
    }
  }, 120_000)
  afterAll(() => closeAll?.())
  return () => {
    if (!world) throw new Error('the server has not started')
    return world
  }
}
