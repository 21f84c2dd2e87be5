// Benchmark: no-change sync requests on loopback with many seeded households (target, on PostgreSQL:
// ≥ 2,000/s, p99 ≤ 20 ms, ≥ 0.8× the floor; server RSS ≤ 250 MB). The real server runs in a child
// process; this process signs households' devices up to date, then drives `GET /sync?cursor=<latest>`
// with bounded concurrency for a bounded time. On PostgreSQL this process seeds the households before
// the server starts, so the server's memory is what serving them costs. The floor, same run, same
// database, same HTTP library: a minimal Hono handler doing one indexed SELECT. The two take turns, two
// rounds each, so neither is measured alone on a database still settling after the seed.
//
// PostgreSQL: `source test/server/support/startPostgres.sh` (exports POSTGRES_URL), then
//   BENCH_DATABASE_URL="$POSTGRES_URL" npm run bench -- serverNoChangeSync; stop_postgres
// Without BENCH_DATABASE_URL it runs on in-memory PGlite with fewer households, and says so.
// Tunable: BENCH_HOUSEHOLDS, BENCH_SESSIONS, BENCH_CONCURRENCY, BENCH_DURATION_S.
import { writeFileSync } from 'node:fs'
import { API_PREFIX, SyncResponse } from '../../src/protocol'
import type { SignedInHousehold } from './support/benchServerMessages'
import { systemClock } from '../../src/domain/clock'
import { combined, runLoad, type LoadResult } from './support/loadGenerator'
import { openBenchSchema, seedManySignedIn } from './support/manySignedIn'
import { startServerProcess } from './support/serverProcess'
import { megabytes, quantile } from './support/statistics'

const TARGET = { perSecond: 2000, p99Ms: 20, ratioToFloor: 0.8, rssMB: 250 }
const databaseUrl = process.env.BENCH_DATABASE_URL?.trim() || null
const households = Number(process.env.BENCH_HOUSEHOLDS ?? (databaseUrl ? 10_000 : 2_000))
const sessions = Math.min(households, Number(process.env.BENCH_SESSIONS ?? 200))
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32)
const durationMs = Number(process.env.BENCH_DURATION_S ?? 10) * 1000
const WARM_UP_MS = 1500
const ROUNDS = 2
const output = process.argv[2] ?? 'bench-results/serverNoChangeSync.json'

/** On PostgreSQL this process seeds, so the server's memory is what serving costs, not what seeding did. */
async function seededServer() {
  if (!databaseUrl) {
    const server = await startServerProcess({ seed: 'manyHouseholds', households, sessions, databaseUrl, floor: true })
    return { server, seedMs: server.ready.seedMs, signedIn: server.ready.signedIn ?? [], dropSchema: async () => {} }
  }
  const bench = await openBenchSchema(databaseUrl)
  const { seedMs, signedIn } = await seedManySignedIn(bench.database, { households, sessions, clock: systemClock })
  const server = await startServerProcess({ seed: 'none', databaseUrl, schema: bench.schema, floor: true })
  return { server, seedMs, signedIn, dropSchema: bench.drop }
}

const { server, seedMs, signedIn, dropSchema } = await seededServer()
const { url, floorUrl, database } = server.ready
if (!floorUrl || signedIn.length === 0) throw new Error('the bench server has no floor or no sessions')

/** Each device pulls everything once, as its first sync would: afterwards its cursor is the latest. */
async function upToDate(token: string): Promise<string> {
  let cursor: string | null = null
  for (;;) {
    const search: string = cursor === null ? '' : `?cursor=${cursor}`
    const response = await fetch(`${url}${API_PREFIX}/sync${search}`, { headers: { authorization: `Bearer ${token}` } })
    if (!response.ok) throw new Error(`first sync: HTTP ${response.status}`)
    const page = SyncResponse.parse(await response.json())
    if (!page.hasMore) return page.cursor
    cursor = page.cursor
  }
}

const devices: Array<SignedInHousehold & { cursor: string }> = []
for (const household of signedIn) devices.push({ ...household, cursor: await upToDate(household.token) })
const device = (n: number) => devices[n % devices.length] as SignedInHousehold & { cursor: string }

const syncRequest = (n: number) => ({
  path: `${API_PREFIX}/sync?cursor=${device(n).cursor}`,
  headers: { authorization: `Bearer ${device(n).token}`, accept: 'application/json' },
})
const nothingNew = (status: number, body: string) =>
  status === 200 && body.includes('"changes":[]') && body.includes('"hasMore":false')
const floorRequest = (n: number) => ({
  path: `/floor/${device(n).householdId}`,
  headers: { accept: 'application/json' },
})
const floorAnswered = (status: number) => status === 200

let rssPeak = 0
async function underLoad(run: () => Promise<LoadResult>): Promise<LoadResult> {
  let sampling = true
  const sampler = (async () => {
    while (sampling) {
      rssPeak = Math.max(rssPeak, (await server.memory()).rss)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  })()
  try {
    return await run()
  } finally {
    sampling = false
    await sampler
  }
}

const summary = (result: LoadResult) => ({
  requests: result.requests,
  failures: result.failures,
  firstFailure: result.firstFailure,
  seconds: result.seconds,
  perSecond: result.perSecond,
  p50Ms: quantile(result.latenciesMs, 0.5, 2),
  p99Ms: quantile(result.latenciesMs, 0.99, 2),
  maxMs: quantile(result.latenciesMs, 1, 2),
})

let sync: ReturnType<typeof summary> & { perSecondByRound: number[] }
let floor: ReturnType<typeof summary> & { perSecondByRound: number[] }
const rssAfterSeedMB = megabytes((await server.memory()).rss)
try {
  const syncLoad = (ms: number) =>
    runLoad({ baseUrl: url, concurrency, durationMs: ms, request: syncRequest, accept: nothingNew })
  const floorLoad = (ms: number) =>
    runLoad({ baseUrl: floorUrl, concurrency, durationMs: ms, request: floorRequest, accept: floorAnswered })
  await syncLoad(WARM_UP_MS)
  await floorLoad(WARM_UP_MS)
  // The app and the floor in turn, ROUNDS times each: run one after the other, the first paid alone for a
  // database still settling after the seed (one such run here: 2,910/s, then 5,774/s for the same app).
  const syncRuns: LoadResult[] = []
  const floorRuns: LoadResult[] = []
  for (let round = 0; round < ROUNDS; round += 1) {
    syncRuns.push(await underLoad(() => syncLoad(durationMs / ROUNDS)))
    floorRuns.push(await floorLoad(durationMs / ROUNDS))
  }
  sync = { ...summary(combined(syncRuns)), perSecondByRound: syncRuns.map((run) => run.perSecond) }
  floor = { ...summary(combined(floorRuns)), perSecondByRound: floorRuns.map((run) => run.perSecond) }
} finally {
  await server.stop()
  await dropSchema()
}

const ratioToFloor = +(sync.perSecond / floor.perSecond).toFixed(2)
const rssPeakMB = megabytes(rssPeak)
const report = {
  target: `≥ ${TARGET.perSecond}/s, p99 ≤ ${TARGET.p99Ms} ms, ≥ ${TARGET.ratioToFloor}× the floor, server RSS ≤ ${TARGET.rssMB} MB (on PostgreSQL, 10,000 households)`,
  database,
  note:
    database === 'postgres'
      ? 'PostgreSQL, as the target says'
      : 'in-memory PGlite, not PostgreSQL: the target is for PostgreSQL; set BENCH_DATABASE_URL (see the top of the script) for the real figure',
  households,
  signedInDevices: devices.length,
  concurrency,
  seedMs,
  sync,
  floor: {
    what: 'a minimal Hono handler on @hono/node-server: one SELECT of a household by primary key on the same database, same run',
    ...floor,
  },
  ratioToFloor,
  serverRssAfterSeedMB: rssAfterSeedMB,
  serverRssPeakUnderLoadMB: rssPeakMB,
  meetsTarget:
    sync.failures === 0 &&
    sync.perSecond >= TARGET.perSecond &&
    sync.p99Ms <= TARGET.p99Ms &&
    ratioToFloor >= TARGET.ratioToFloor &&
    rssPeakMB <= TARGET.rssMB,
}
writeFileSync(output, JSON.stringify(report, null, 2))
console.info(`${database}, ${households} households, ${devices.length} devices, ${concurrency} at a time`)
console.info(
  `no-change sync: ${sync.perSecond}/s (rounds ${sync.perSecondByRound.join(', ')}), p50 ${sync.p50Ms} ms, p99 ${sync.p99Ms} ms, ${sync.failures} failures`,
)
console.info(
  `floor (one indexed SELECT): ${floor.perSecond}/s (rounds ${floor.perSecondByRound.join(', ')}), p50 ${floor.p50Ms} ms, p99 ${floor.p99Ms} ms`,
)
console.info(
  `ratio ${ratioToFloor}× the floor, server RSS peak ${rssPeakMB} MB (target ${report.target}) ${report.meetsTarget ? '✓' : '✗'}`,
)
if (database !== 'postgres') console.info('(PGlite: the target is for PostgreSQL)')
