// Starts the whole server (database, migrations, demo seed, app and API) listening on loopback: what
// `npm start` runs, and what tests start in-process on an ephemeral port. It listens first, so the
// probes answer while the database opens and migrates; and it closes gracefully (see `close`).
import type { Hono } from 'hono'
import type { Route } from './api/route'
import { createApp, createStartingApp } from './app'
import { startChangeChannel, type ChangeChannel, type ChangeChannelOptions } from './changeChannel/changeChannel'
import { systemClock, type Clock } from '../domain/clock'
import { readConfig, type ServerConfig } from './config'
import { noEvents, type ServerEvents } from './events'
import { bothEvents, startNotifications, type NotificationOptions, type Notifications } from './notifications'
import { jobQueueStats } from './operations/jobQueueStats'
import { jsonLog, stdoutLine } from './operations/jsonLog'
import { listen } from './operations/listener'
import { createReadiness } from './operations/readiness'
import { createServerMetrics } from './operations/serverMetrics'
import type { MachineTokenConfig } from './oidc/machineTokenConfig'
import { startSignIn } from './startSignIn'
import { seedDemo } from './seed/demoSeed'
import { startHouseholdRetention } from './retention/householdRetention'
import { startAccessLogRetention } from './staff/accessLogRetention'
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
  /** Request lines and bug reports; never bodies or tokens. Defaults to JSON lines on standard output. */
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
  /** The issuer of the record systems' access tokens to the FHIR face (the stand-in's in demo mode); null: none. */
  machineTokens: MachineTokenConfig | null
  /** Web Push, the reminder scheduler (tests tick it) and the calendar feed. */
  notifications: Notifications
  /** The open apps' and consoles' change channels (tests beat its heartbeat). */
  changeChannel: ChangeChannel
  /**
   * Stops at once taking connections (and /readyz fails), closes the change channels (their clients open
   * them again on another process), lets the requests in flight and the jobs under way finish within
   * `config.shutdownGraceMs`, hands back the jobs still held, closes the database.
   */
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
  const log = options.log ?? jsonLog(stdoutLine, systemClock)
  const readiness = createReadiness()
  const listener = await listen(config.host, config.port, createStartingApp(readiness))
  const url = `http://${config.host}:${listener.port}`
  log(JSON.stringify({ level: 'info', msg: 'starting', url }))
  let storage: Database | undefined = options.database
  try {
    storage ??= await openDatabase(config)
    await migrate(storage)
    if (config.demo) await seedDemo(storage, clock)
  } catch (error) {
    await listener.drain(0)
    if (!options.database) await storage?.close()
    throw error
  }
  const db = storage
  const metrics = createServerMetrics(() => jobQueueStats(db, clock))
  const notifications = await startNotifications(db, clock, log, {
    allowLoopback: config.pushAllowLoopback,
    countPush: metrics.push,
    ...options.notifications,
  })
  const events = bothEvents(options.events ?? noEvents, notifications.events)
  const changeChannel = await startChangeChannel(db, clock, log, options.changeChannel)
  const signIn = await startSignIn(config, db, clock)
  signIn.listening(url)
  const app = createApp(config, {
    api: { db, clock, events, log, signIn: signIn.services, oldestProtocol: config.oldestServedProtocol },
    extraRoutes: [...notifications.routes, ...changeChannel.routes, ...(options.extraRoutes ?? [])],
    operations: { readiness, metrics, scrapeToken: config.metricsToken },
  })
  listener.answerWith(app)
  const retention = [
    startAccessLogRetention(db, clock, config.accessLogRetentionDays, log),
    startHouseholdRetention(db, clock, log),
  ]
  readiness.enter('ready', db)
  return {
    url,
    app,
    storage: db,
    clock,
    config: { ...config, port: listener.port },
    machineTokens: signIn.services.machineTokens ?? null,
    notifications,
    changeChannel,
    async close() {
      readiness.enter('draining')
      // No new connection from the first moment (the drain closes the listener at once); then the open change
      // channels end, as a channel never ends of itself and the drain would wait its whole grace for it.
      const drained = listener.drain(config.shutdownGraceMs)
      await changeChannel.stop()
      await Promise.all([drained, notifications.stop(config.shutdownGraceMs), ...retention.map((job) => job.stop())])
      await signIn.close()
      if (!options.database) await db.close()
    },
  }
}
