// Starts the whole server (database, migrations, demo seed, app and API) listening on loopback:
// what `npm start` runs, and what tests start in-process on an ephemeral port.
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import type { Hono } from 'hono'
import type { Route } from './api/route'
import { createApp } from './app'
import { startChangeChannel, type ChangeChannel, type ChangeChannelOptions } from './changeChannel/changeChannel'
import { systemClock, type Clock } from '../domain/clock'
import { readConfig, type ServerConfig } from './config'
import { answerBrokenRequests, HTTP_LIMITS } from './http/httpLimits'
import { noEvents, type ServerEvents } from './events'
import { bothEvents, startNotifications, type NotificationOptions, type Notifications } from './push/notifications'
import { startSignIn } from './oidc/startSignIn'
import { seedDemo } from './seed/demoSeed'
import type { Database } from './storage/database'
import { migrate } from './storage/migrate'
import { IN_MEMORY, openDatabase } from './storage/openDatabase'

export interface StartServerOptions {
  /**
   * Defaults: 127.0.0.1, an ephemeral port, an in-memory database, no demo data, the password login on,
   * no local stand-in providers (`localIdpPort: 0` starts them on a free port).
   */
  config?: Partial<ServerConfig>
  clock?: Clock
  /** A database to use instead of the one `config` names; it is migrated, and left open on close. */
  database?: Database
  events?: ServerEvents
  extraRoutes?: readonly Route[]
  /** Request lines and bug reports; never bodies or tokens. Defaults to the console. */
  log?: (line: string) => void
  /** Web Push and reminders: the VAPID keys' environment, the push transport, the reminder timer. */
  notifications?: NotificationOptions
  /** The change channel's heartbeat timer. */
  changeChannel?: ChangeChannelOptions
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>`, the app at `/`, the API at `/api/v1`. */
  url: string
  app: Hono
  storage: Database
  clock: Clock
  config: ServerConfig
  /** Web Push, the reminder scheduler (tests tick it) and the calendar feed. */
  notifications: Notifications
  /** The open apps' and consoles' change channels (tests beat its heartbeat). */
  changeChannel: ChangeChannel
  close(): Promise<void>
}

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const config: ServerConfig = {
    ...readConfig({}),
    port: 0,
    dataDir: IN_MEMORY,
    demo: false,
    passwordLogin: true,
    localIdpPort: null,
    ...options.config,
  }
  const clock = options.clock ?? systemClock
  const log = options.log ?? ((line: string) => console.info(line))
  const storage = options.database ?? (await openDatabase(config))
  if (options.database) await migrate(storage)
  if (config.demo) await seedDemo(storage, clock)

  const notifications = await startNotifications(storage, clock, log, {
    allowLoopback: config.pushAllowLoopback,
    ...options.notifications,
  })
  const events = bothEvents(options.events ?? noEvents, notifications.events)
  const changeChannel = await startChangeChannel(storage, clock, log, options.changeChannel)
  const signIn = await startSignIn(config, storage, clock)
  const app = createApp(config, {
    api: { db: storage, clock, events, log, signIn: signIn.services },
    extraRoutes: [...notifications.routes, ...changeChannel.routes, ...(options.extraRoutes ?? [])],
  })
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const listening = serve(
      { fetch: app.fetch, hostname: config.host, port: config.port, serverOptions: HTTP_LIMITS },
      () => resolve(listening),
    )
    listening.once('error', reject)
    answerBrokenRequests(listening)
  })
  const { port } = server.address() as AddressInfo
  const url = `http://${config.host}:${port}`
  signIn.listening(url)
  return {
    url,
    app,
    storage,
    clock,
    config: { ...config, port },
    notifications,
    changeChannel,
    async close() {
      await changeChannel.stop()
      await notifications.stop()
      await signIn.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Keep-alive connections would hold the server open until they time out.
        if ('closeAllConnections' in server) server.closeAllConnections()
      })
      if (!options.database) await storage.close()
    },
  }
}
