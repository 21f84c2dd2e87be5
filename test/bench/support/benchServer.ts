// The server of a benchmark, in a process of its own (forked by serverProcess.ts) so that its memory
// and CPU are measured apart from the device or load generator: starts the real server on loopback,
// seeds it as the setup (argv[2], JSON) says, reports `ready`, answers `memory`, and stops on `stop`
// or when the benchmark goes away.
import { randomUUID } from 'node:crypto'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import pg from 'pg'
import { issueSession } from '../../../src/server/auth/sessions'
import { seedHouseholds, seedMunicipality } from '../../../src/server/seed/manyHouseholds'
import { startServer } from '../../../src/server/startServer'
import type { Database } from '../../../src/server/storage/database'
import { openPglite } from '../../../src/server/storage/pglite'
import { openPostgres } from '../../../src/server/storage/postgres'
import type { BenchServerSetup, FromServer, ServerReady, ToServer } from './benchServerMessages'
import { seedFiveYearHousehold } from './fiveYearHousehold'

const setup = JSON.parse(process.argv[2] ?? '{}') as BenchServerSetup
const send = (message: FromServer) => process.send?.(message)
const cleanups: Array<() => Promise<void>> = []

/** A schema of its own on the PostgreSQL server, so a benchmark never meets another run's data. */
async function openPostgresSchema(url: string): Promise<Database> {
  const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 20)}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  await admin.end()
  const db = await openPostgres({ url, schema })
  cleanups.push(async () => {
    await db.query(`DROP SCHEMA ${schema} CASCADE`)
    await db.close()
  })
  return db
}

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

async function start(): Promise<ServerReady> {
  const database =
    setup.seed === 'manyHouseholds' && setup.databaseUrl
      ? await openPostgresSchema(setup.databaseUrl)
      : await openPglite()
  if (database.kind === 'pglite') cleanups.push(() => database.close())
  const server = await startServer({ database, log: () => undefined })
  cleanups.unshift(() => server.close())
  const started = performance.now()
  if (setup.seed === 'fiveYearHousehold') {
    const family = await seedFiveYearHousehold(database, server.clock.now())
    return {
      type: 'ready',
      url: server.url,
      floorUrl: null,
      database: database.kind,
      seedMs: Math.round(performance.now() - started),
      family,
    }
  }
  const { municipality } = await seedMunicipality(database)
  const households = await seedHouseholds(database, {
    municipalityId: municipality.id,
    count: setup.households,
    clock: server.clock,
    usernamePrefix: 'bench',
  })
  const seedMs = Math.round(performance.now() - started)
  // Spread over the whole range, so the sample is not only the households written last.
  const step = Math.max(1, Math.floor(households.length / setup.sessions))
  const sample = households.filter((_, index) => index % step === 0).slice(0, setup.sessions)
  const signedIn = []
  for (const household of sample) {
    const { token } = await issueSession(database, household.userId, server.clock)
    signedIn.push({ householdId: household.householdId, token })
  }
  const floorUrl = setup.floor ? await serveFloor(database) : null
  return { type: 'ready', url: server.url, floorUrl, database: database.kind, seedMs, signedIn }
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
