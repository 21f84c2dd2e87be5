// One API process of several over one PostgreSQL, for the tests that run them side by side (and kill
// one): `node --import tsx serverProcessMain.ts` with DATABASE_URL and TEST_SCHEMA set. Pushes may go
// to a push service on loopback; the workers look often and lease briefly, so a test need not wait
// long. Prints `{"url": …}` as one line once it listens.
import { startServer } from '../../../src/server/startServer'
import { openPostgres } from '../../../src/server/storage/postgres'

const url = process.env.DATABASE_URL
const schema = process.env.TEST_SCHEMA
if (!url || !schema) throw new Error('DATABASE_URL and TEST_SCHEMA must be set')
const database = await openPostgres({ url, schema, maxConnections: 3 })
const server = await startServer({
  database,
  log: () => undefined,
  notifications: { allowLoopback: true, env: {}, intervalMs: 200, outboxIntervalMs: 100, leaseMs: 5000 },
})
console.info(JSON.stringify({ url: server.url }))
process.on('SIGTERM', () => void server.close().then(() => database.close().then(() => process.exit(0))))
