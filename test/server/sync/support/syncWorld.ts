// A real server (in-process, ephemeral port, fresh in-memory PGlite, demo data) and family devices
// that sync with it through the real engine over HTTP, each on its own Dexie database.
import 'fake-indexeddb/auto'
import { afterAll, beforeAll } from 'vitest'
import type { PusteromDatabase } from '../../../../src/family/db/database'
import { tableOfEntity } from '../../../../src/family/db/database'
import type { EntityName, Mutation, SyncResponse } from '../../../../src/protocol'
import { startServer, type RunningServer } from '../../../../src/server/startServer'
import { createApiClient, type ApiClient } from '../../../../src/protocol/apiClient'
import { sessionRoutes } from '../../../../src/protocol/routes/sessionRoutes'
import { syncRoutes } from '../../../../src/protocol/routes/syncRoutes'
import { SyncEngine, type SyncEngineOptions } from '../../../../src/family/sync/engine'
import { currentToken, readSession, signIn, type SessionContext } from '../../../../src/family/sync/session'
import type { SyncStatus } from '../../../../src/family/sync/syncStatus'
import { aDeviceDatabase } from '../../../unit/sync/builders'
import { FaultyNetwork } from './faultyNetwork'
import { testClock, type TestClock } from '../../../support/testClock'

export const DEMO_PASSWORD = 'demo'
/** Starting PGlite, migrating and seeding (with slow password hashes) takes a while. */
export const SERVER_START_MS = 60_000

export interface Device {
  name: string
  db: PusteromDatabase
  api: ApiClient
  engine: SyncEngine
  network: FaultyNetwork
  /** The request timeouts' own timers: a test fires them to time a request out. */
  timeouts: TestClock
  context: SessionContext
  online: boolean
  /** Resolves with the first status (now or later) that satisfies `test`. */
  statusWhere(test: (status: SyncStatus) => boolean): Promise<SyncStatus>
  /** Resolves with the status that the run under way, or else the next run, ends in. */
  nextSettled(): Promise<SyncStatus>
  /** Stops the engine as a page reload would, and starts a fresh one on the same database. */
  reload(): Promise<void>
  /** The engine of another tab of the app on this device: the same database and network, its own engine. */
  anotherTab(): SyncEngine
}

export interface DeviceOptions {
  pageSize?: number
  random?: () => number
  engine?: Partial<SyncEngineOptions>
}

export async function startSyncServer(
  time: TestClock,
  log: (line: string) => void = () => undefined,
): Promise<RunningServer> {
  return startServer({ config: { demo: true }, clock: time, log })
}

/** One server for a test file: started before its tests, closed after them, with the file's devices. */
export function syncServerForThisFile(time: TestClock, log?: (line: string) => void) {
  let running: RunningServer | undefined
  beforeAll(async () => {
    running = await startSyncServer(time, log)
  }, SERVER_START_MS)
  afterAll(() => running?.close())
  const world = {
    get server(): RunningServer {
      if (!running) throw new Error('the sync server is not running yet')
      return running
    },
    aSignedInDevice: (username: string, options: DeviceOptions = {}) =>
      aSignedInDevice(world.server, time, username, options),
    /** A parent's phone, signed in, with its first sync done. */
    async aSyncedDevice({ username = 'lunner-forelder-1', ...options }: DeviceOptions & { username?: string } = {}) {
      const device = await aSignedInDevice(world.server, time, username, options)
      device.engine.start()
      await device.statusWhere((status) => status.phase === 'upToDate')
      return device
    },
  }
  return world
}

export async function aSignedInDevice(
  server: RunningServer,
  time: TestClock,
  username: string,
  options: DeviceOptions = {},
): Promise<Device> {
  const db = aDeviceDatabase()
  const network = new FaultyNetwork()
  const timeouts = testClock()
  const api = createApiClient({
    baseUrl: server.url,
    token: () => currentToken(db, time),
    fetch: network.fetch,
    scheduler: timeouts,
  })
  const context = { db, api, clock: time }
  const makeEngine = () =>
    new SyncEngine({
      db,
      api,
      clock: time,
      scheduler: time,
      random: options.random ?? (() => 0.5),
      isOnline: () => device.online,
      hasSession: async () => (await readSession(db)) !== null,
      pageSize: options.pageSize,
      ...options.engine,
    })
  const device: Device = {
    name: username,
    db,
    api,
    engine: makeEngine(),
    network,
    timeouts,
    context,
    online: true,
    statusWhere: (test) =>
      new Promise((resolve) => {
        let unsubscribe: (() => void) | undefined = undefined
        let done = false
        unsubscribe = device.engine.subscribe((status) => {
          if (done || !test(status)) return
          done = true
          unsubscribe?.()
          resolve(status)
        })
        if (done) unsubscribe()
      }),
    nextSettled: () =>
      new Promise((resolve) => {
        let started = false
        const unsubscribe = device.engine.subscribe((status) => {
          if (status.phase === 'syncing') started = true
          else if (started) {
            unsubscribe()
            resolve(status)
          }
        })
      }),
    async reload() {
      await device.engine.stop()
      device.engine = makeEngine()
    },
    anotherTab: makeEngine,
  }
  await signIn(context, username, DEMO_PASSWORD)
  return device
}

export type EntityView = Record<EntityName, Record<string, unknown>>

/** Everything a device holds of the household, by entity and id. */
export async function deviceView(db: PusteromDatabase): Promise<EntityView> {
  const view = {} as EntityView
  for (const [entity, table] of Object.entries(tableOfEntity) as [EntityName, string][]) {
    const rows = (await db.table(table).toArray()) as { id: string }[]
    view[entity] = Object.fromEntries(rows.map((row) => [row.id, row]))
  }
  return view
}

/** Everything the server would give a brand-new device of the household. */
export async function serverView(server: RunningServer, username: string): Promise<EntityView> {
  const api = createApiClient({ baseUrl: server.url, token: () => null })
  const { token } = await api.call(sessionRoutes.createSession, { body: { username, password: DEMO_PASSWORD } })
  const signedIn = createApiClient({ baseUrl: server.url, token: () => token })
  const view = Object.fromEntries(Object.keys(tableOfEntity).map((entity) => [entity, {}])) as EntityView
  let cursor: string | null = null
  for (;;) {
    const page: SyncResponse = await signedIn.call(syncRoutes.pullChanges, { query: { cursor: cursor ?? undefined } })
    for (const change of page.changes) {
      const ofEntity = view[change.entity as EntityName] // every entity this server sends is one it knows
      if (change.deleted) delete ofEntity[change.id]
      else ofEntity[change.id] = change.data
    }
    if (!page.hasMore) break
    cursor = page.cursor
  }
  await signedIn.call(sessionRoutes.deleteSession)
  return view
}

/** How many times the server recorded each mutation id, with its status. */
export async function serverMutationLog(server: RunningServer): Promise<Map<string, string[]>> {
  const rows = await server.storage.query<{ mutation_id: string; status: string }>(
    'SELECT mutation_id, status FROM applied_mutations',
  )
  const log = new Map<string, string[]>()
  for (const row of rows) log.set(row.mutation_id, [...(log.get(row.mutation_id) ?? []), row.status])
  return log
}

export async function outboxIds(db: PusteromDatabase): Promise<string[]> {
  return (await db.outbox.orderBy('seq').toArray()).map((entry: Mutation) => entry.id)
}
