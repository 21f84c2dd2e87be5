// SIGTERM and SIGINT, on `npm start`'s own entry compiled as production runs it (node dist-server/main.js,
// bundled here into a folder of the test's) as a real child process on the embedded database: it stops taking
// connections at once, lets the requests in flight finish (within SHUTDOWN_GRACE_SECONDS), closes its database
// and exits 0.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleServer } from '../../../src/build/bundleServer'
import { openPglite } from '../../../src/server/storage/pglite'
import { spawnServer, type ServerChild } from '../support/serverChildProcess'
import { fillWithMigratedDatabase } from '../support/testDatabase'
import { aRequestInFlight, takesConnections } from './support/requestInFlight'

const dataDirs: string[] = []
const children: ServerChild[] = []
// Inside the checkout, so the bundle finds its packages in node_modules as dist-server/ does.
mkdirSync('node_modules/.tmp', { recursive: true })
const compiled = mkdtempSync(path.resolve('node_modules/.tmp/compiled-server-'))
beforeAll(() => bundleServer(compiled))
afterAll(async () => {
  for (const child of children) await child.kill()
  for (const dir of [...dataDirs, compiled]) rmSync(dir, { recursive: true, force: true })
}, 120_000) // a busy machine takes its time deleting the embedded databases' thousands of files

async function npmStart(graceSeconds: number, fresh = false): Promise<ServerChild & { dataDir: string }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pusterom-stop-'))
  dataDirs.push(dataDir)
  if (!fresh) await fillWithMigratedDatabase(dataDir)
  const child = await spawnServer({
    entry: path.join(compiled, 'main.js'),
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      DEMO: '0',
      VAPID_SUBJECT: 'mailto:drift@lunner.kommune.no',
      SKIP_BUILD: '1',
      DIST_DIR: path.join(dataDir, 'no-app-built'),
      SHUTDOWN_GRACE_SECONDS: String(graceSeconds),
    },
  })
  children.push(child)
  return { ...child, dataDir }
}

const SIGN_IN = '{"username":"lunner-forelder-1","password":"demo"}'

describe('stopping the server with SIGTERM', () => {
  it('takes no new connections, finishes the request in flight, closes its database and exits 0', async () => {
    const server = await npmStart(60)
    const upload = await aRequestInFlight(server.url, '/api/v1/session', SIGN_IN)
    await server.beginStop()
    expect(await takesConnections(server.url)).toBe(false)
    const answer = await upload.finish()
    // With DEMO=0 there is no password sign-in: the full answer of the route, not a cut connection.
    expect(answer.status).toBe(404)
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'not_found' } })
    expect(answer.headers.connection).toBe('close')
    expect(await server.exited).toBe(0)
    // Closed cleanly: the embedded database opens again at once, with its migrations in place.
    const reopened = await openPglite({ dataDir: server.dataDir })
    const [row] = await reopened.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations')
    expect(row!.n).toBeGreaterThan(0)
    await reopened.close()
  }, 120_000)

  it('cuts a request that is still unfinished when the time limit is up, and still exits 0', async () => {
    const server = await npmStart(1)
    const upload = await aRequestInFlight(server.url, '/api/v1/session', SIGN_IN)
    await server.beginStop()
    await upload.closed
    expect(await server.exited).toBe(0)
  }, 120_000)
})

describe('stopping the server with SIGINT (Ctrl-C)', () => {
  it('stops the same way and exits 0', async () => {
    const server = await npmStart(60)
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
    expect(await server.interrupt()).toBe(0)
  }, 120_000)
})

describe('the compiled server on an empty data directory', () => {
  it('creates its embedded database, migrates it, serves, and stops with exit 0', async () => {
    const server = await npmStart(60, true)
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
    expect(await server.stop()).toBe(0)
    const reopened = await openPglite({ dataDir: server.dataDir })
    const [row] = await reopened.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations')
    expect(row!.n).toBeGreaterThan(20)
    await reopened.close()
  }, 120_000)
})
