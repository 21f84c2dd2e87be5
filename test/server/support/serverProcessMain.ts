// One API process of several over one PostgreSQL, for the tests that run them side by side (and stop
// or kill one): `node --import tsx serverProcessMain.ts` with DATABASE_URL and TEST_SCHEMA set. Pushes
// may go to a push service on loopback; the workers look often and lease briefly (LEASE_MS), so a test
// need not wait long. DEMO=1 seeds the demo on an empty schema; SHUTDOWN_GRACE_SECONDS as in production.
// Prints `{"url": …}` as one line once it listens, and `{"stopping": …}` when a SIGTERM begins the stop.
// It uses nothing but startServer and openPostgres, so the upgrade test runs it on the previous release too.
import { startServer } from '../../../src/server/startServer'
import { openPostgres } from '../../../src/server/storage/postgres'

const url = process.env.DATABASE_URL
const schema = process.env.TEST_SCHEMA
if (!url || !schema) throw new Error('DATABASE_URL and TEST_SCHEMA must be set')
const database = await openPostgres({ url, schema, maxConnections: 3 })
const server = await startServer({
  database,
  // Only the line that says it listens (before it migrates): the tests find it by it while it migrates.
  log: (line) => {
    if (line.includes('"msg":"starting"')) console.info(line)
  },
  config: {
    demo: process.env.DEMO === '1',
    shutdownGraceMs: Number(process.env.SHUTDOWN_GRACE_SECONDS ?? 20) * 1000,
  },
  notifications: {
    allowLoopback: true,
    env: {},
    intervalMs: 200,
    outboxIntervalMs: 100,
    leaseMs: Number(process.env.LEASE_MS ?? 5000),
  },
})
console.info(JSON.stringify({ url: server.url }))
process.on('SIGTERM', () => {
  const closed = server.close()
  console.info(JSON.stringify({ stopping: true }))
  void closed.then(() => database.close().then(() => process.exit(0)))
})
