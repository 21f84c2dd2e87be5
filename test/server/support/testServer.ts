// The real server, in process on an ephemeral loopback port, on a fresh database per test file,
// with a clock the tests set. `useTestServer` starts it before the file's tests and stops it after.
import { afterAll, beforeAll } from 'vitest'
import { SessionResponse } from '../../../src/protocol'
import { seedDemo } from '../../../src/server/seed/demoSeed'
import { startServer, type RunningServer } from '../../../src/server/startServer'
import type { Database } from '../../../src/server/storage/database'
import { ApiClient } from './apiClient'
import { FamilyView } from './familyView'
import { openTestDatabase } from './testDatabase'
import { testClock, type TestClock } from '../../support/testClock'

export interface TestServer {
  server: RunningServer
  url: string
  db: Database
  clock: TestClock
  /** Every line the server logged. */
  logs: string[]
  anonymous: ApiClient
  /** A signed-in client (one session per username per file; the password is `demo`). */
  as(username: string): Promise<ApiClient>
  signIn(username: string, password?: string): Promise<SessionResponse>
  /** A fresh device of the user's household that has pulled everything. */
  family(username: string): Promise<FamilyView>
  close(): Promise<void>
}

export interface TestServerOptions {
  /** Seed the demo municipalities and logins at the clock's start. */
  demo?: boolean
  clockStart?: string
  /** Start the local stand-ins for ID-porten and the staff provider on a free loopback port. */
  localIdp?: boolean
  /** Password sign-in (on unless a test turns it off, as DEMO=0 does). */
  passwordLogin?: boolean
  /** Off: the push outbox and the reminders run only when the test runs them. */
  workers?: boolean
  /** The oldest protocol version of the family app served (OLDEST_APP_PROTOCOL). */
  oldestServedProtocol?: number
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const clock = testClock(options.clockStart)
  const db = await openTestDatabase()
  if (options.demo) await seedDemo(db, clock)
  const logs: string[] = []
  const server = await startServer({
    database: db,
    clock,
    log: (line) => logs.push(line),
    ...(options.workers === false && { notifications: { timer: null } }),
    // The change channel's heartbeat beats when a test says so.
    changeChannel: { timer: null },
    config: {
      ...(options.localIdp && { localIdpPort: 0 }),
      ...(options.passwordLogin === false && { passwordLogin: false }),
      ...(options.oldestServedProtocol && { oldestServedProtocol: options.oldestServedProtocol }),
    },
  })
  const anonymous = new ApiClient(server.url)
  const sessions = new Map<string, Promise<ApiClient>>()

  async function signIn(username: string, password = 'demo'): Promise<SessionResponse> {
    const response = await anonymous.post('/session', { username, password })
    if (response.status !== 200) throw new Error(`sign-in of ${username} answered ${response.status}: ${response.text}`)
    return SessionResponse.parse(response.body)
  }

  function as(username: string): Promise<ApiClient> {
    let client = sessions.get(username)
    if (!client) {
      client = signIn(username).then((session) => anonymous.withToken(session.token))
      sessions.set(username, client)
      client.catch(() => sessions.delete(username))
    }
    return client
  }

  return {
    server,
    url: server.url,
    db,
    clock,
    logs,
    anonymous,
    as,
    signIn,
    async family(username) {
      const view = new FamilyView(await as(username))
      await view.sync()
      return view
    },
    async close() {
      await server.close()
      await db.close()
    },
  }
}

/** Starts a server for this file's tests; call the returned function inside a test to reach it. */
export function useTestServer(options: TestServerOptions = {}): () => TestServer {
  let running: TestServer | undefined
  beforeAll(async () => {
    running = await startTestServer(options)
  }, 120_000)
  afterAll(async () => {
    await running?.close()
  })
  return () => {
    if (!running) throw new Error('the test server has not started')
    return running
  }
}
