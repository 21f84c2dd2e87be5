// The server of a benchmark, in a process of its own (forked by serverProcess.ts) so that its memory
// and CPU are measured apart from the device or load generator: starts the real server on loopback,
// seeds it as the setup (argv[2], JSON) says, reports `ready`, answers `memory`, and stops on `stop`
// or when the benchmark goes away.
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { startServer } from '../../../src/server/startServer'
import type { Database } from '../../../src/server/storage/database'
import { openPglite } from '../../../src/server/storage/pglite'
import { openPostgres } from '../../../src/server/storage/postgres'
import type { BenchServerSetup, FromServer, ServerReady, ToServer } from './benchServerMessages'
import { seedFiveYearHousehold } from './fiveYearHousehold'
import { openBenchSchema, seedManySignedIn } from './manySignedIn'
import { seedPlaceMonth } from './placeMonth'

const setup = JSON.parse(process.argv[2] ?? '{}') as BenchServerSetup
const send = (message: FromServer) => process.send?.(message)
const cleanups: Array<() => Promise<void>> = []

/** The floor: the same HTTP library, one indexed SELECT (a household by its primary key), a small JSON answer. */
async function serveFloor(db: Database): Promise<string> {
  const app = new Hono()
  app.get('/floor/:householdId', async (c) => {
    const rows = await db.query<{ id: string }>('SELECT id FROM households WHERE id = $1', [c.req.param('householdId')])
    return rows.length === 0
      ? c.json({ error: 'not found' }, 404)
      : c.json({ id: rows[0]?.id, changes: [], hasMore: false })
  })
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const listening = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(listening))
  })
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        if ('closeAllConnections' in server) server.closeAllConnections()
      }),
  )
  const address = server.address()
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
}

async function openStorage(): Promise<Database> {
  if (setup.seed === 'none') {
    const database = await openPostgres({ url: setup.databaseUrl, schema: setup.schema })
    cleanups.push(() => database.close())
    return database
  }
  if (setup.seed === 'manyHouseholds' && setup.databaseUrl) {
    const { database, drop } = await openBenchSchema(setup.databaseUrl)
    cleanups.push(drop)
    return database
  }
  const database = await openPglite()
  cleanups.push(() => database.close())
  return database
}

async function start(): Promise<ServerReady> {
  const database = await openStorage()
  const distDir = 'distDir' in setup ? setup.distDir : undefined
  const demo = setup.seed === 'demo' ? { demo: true, passwordLogin: true, localIdpPort: 0 } : {}
  const server = await startServer({ database, log: () => undefined, config: { ...(distDir && { distDir }), ...demo } })
  cleanups.unshift(() => server.close())
  const ready = { type: 'ready', url: server.url, database: database.kind } as const
  if (setup.seed === 'demo') return { ...ready, floorUrl: null, seedMs: 0 }
  if (setup.seed === 'none') return { ...ready, floorUrl: setup.floor ? await serveFloor(database) : null, seedMs: 0 }
  if (setup.seed === 'fiveYearHousehold') {
    const started = performance.now()
    const family = await seedFiveYearHousehold(database, server.clock.now())
    return { ...ready, floorUrl: null, seedMs: Math.round(performance.now() - started), family }
  }
  if (setup.seed === 'placeMonth') {
    const started = performance.now()
    const placeMonth = await seedPlaceMonth(database, server.clock, setup.children)
    return { ...ready, floorUrl: null, seedMs: Math.round(performance.now() - started), placeMonth }
  }
  const { seedMs, signedIn } = await seedManySignedIn(database, { ...setup, clock: server.clock })
  const floorUrl = setup.floor ? await serveFloor(database) : null
  return { ...ready, floorUrl, seedMs, signedIn }
}

async function stop(code: number): Promise<never> {
  for (const cleanup of cleanups)
    await cleanup().catch((error: unknown) => console.error('bench server: cleanup failed', error))
  process.exit(code)
}

process.on('message', (message: ToServer) => {
  if (message.type === 'memory') {
    const usage = process.memoryUsage()
    send({ type: 'memory', rss: usage.rss, heapUsed: usage.heapUsed })
  } else if (message.type === 'stop') void stop(0)
})
// The benchmark crashed or was stopped: do not linger.
process.on('disconnect', () => void stop(0))

try {
  send(await start())
} catch (error) {
  send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  await stop(1)
}
