// The real server (app and API, in-memory database) on an ephemeral loopback port, for one test file.
import { startServer, type StartServerOptions } from '../../../src/server/startServer'

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
  const server = await startServer({
    // Demo mode brings the local stand-ins for ID-porten and the staff provider, as `npm start` does.
    config: { distDir: options.distDir, demo: options.demo ?? false, localIdpPort: options.demo ? 0 : null },
    // Request lines would bury the test report; the tests look at what the browser shows instead.
    log: () => undefined,
    clock: options.clock,
    notifications: options.notifications,
  })
  return { url: server.url, close: () => server.close() }
}
