// The real server (app and API, an in-memory database already migrated) on an ephemeral loopback port, for one
// test file.
import { startServer, type StartServerOptions } from '../../../src/server/startServer'
import { openPgliteForTest } from '../../server/support/testDatabase'

export interface RunningServer {
  url: string
  close(): Promise<void>
}

export interface TestServerOptions {
  /** The build to serve. */
  distDir: string
  /** Seed the demo municipalities, families and logins (password "demo"), and start the stand-in providers. */
  demo?: boolean
  /** The server's clock, where a test moves time for the server and the browser alike. */
  clock?: StartServerOptions['clock']
  /** Reminder timers and push delivery, where a test drives them itself. */
  notifications?: StartServerOptions['notifications']
}

export async function startTestServer(options: TestServerOptions): Promise<RunningServer> {
  // From the server suite's cached migrated template: a cold start and every migration cost a file about 4 s
  // of CPU, more than its first test. The cold start and the migrations are the server suite's to test.
  const database = await openPgliteForTest()
  const server = await startServer({
    database,
    // Demo mode brings the local stand-ins for ID-porten and the staff provider, as `npm start` does.
    config: { distDir: options.distDir, demo: options.demo ?? false, localIdpPort: options.demo ? 0 : null },
    // Request lines would bury the test report; the tests look at what the browser shows instead.
    log: () => undefined,
    clock: options.clock,
    notifications: options.notifications,
  }).catch(async (error: unknown) => {
    await database.close()
    throw error
  })
  return {
    url: server.url,
    async close() {
      // The server leaves a database it was given open.
      await server.close()
      await database.close()
    },
  }
}
