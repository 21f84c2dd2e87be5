// Kubernetes' probes: /livez says the process answers; /readyz says it should be sent traffic, and says
// no while it opens and migrates its database, while the database does not answer, and while it stops.
import { afterAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../../../src/server/startServer'
import { openTestDatabase } from '../support/testDatabase'
import { controlled } from './support/controlledDatabase'
import { aRequestInFlight } from './support/requestInFlight'

const running: RunningServer[] = []
afterAll(async () => {
  for (const server of running) {
    await server.close()
    await server.storage.close()
  }
})
// A database that hung leaves a job run hanging: the stop gives it a second, not twenty.
const config = { shutdownGraceMs: 1000 }

async function aServerOn(shutdownGraceMs = config.shutdownGraceMs) {
  const db = controlled(await openTestDatabase())
  const server = await startServer({ database: db, config: { shutdownGraceMs }, log: () => undefined })
  running.push(server)
  return { server, db }
}

const probe = (base: string, path: string) => fetch(`${base}${path}`)

describe('the liveness probe', () => {
  it('answers "ok" at /livez, beside the API, to anyone, never cached', async () => {
    const { server } = await aServerOn()
    const response = await probe(server.url, '/livez')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('ok')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect((await probe(server.url, '/api/v1/livez')).status).toBe(404)
  })
})

describe('the readiness probe', () => {
  it('answers "ok" at /readyz once the database is open and migrated', async () => {
    const { server } = await aServerOn()
    const response = await probe(server.url, '/readyz')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('ok')
  })

  it('fails while the database does not answer, and recovers when it does, while the process stays live', async () => {
    const { server, db } = await aServerOn()
    db.behave('fail')
    const down = await probe(server.url, '/readyz')
    expect(down.status).toBe(503)
    expect(down.headers.get('retry-after')).toBe('5')
    expect(await down.json()).toEqual({ error: { code: 'unavailable', message: 'The database does not answer' } })
    expect((await probe(server.url, '/livez')).status).toBe(200)
    db.behave('answer')
    expect((await probe(server.url, '/readyz')).status).toBe(200)
  })

  it('fails when the database takes too long to answer, rather than hanging the probe', async () => {
    const { server, db } = await aServerOn()
    db.behave('hang')
    const response = await probe(server.url, '/readyz')
    db.behave('answer')
    expect(response.status).toBe(503)
  })

  it('fails while the migrations run, and answers "starting" (503) to everything but the probes', async () => {
    const db = controlled(await openTestDatabase())
    const migrating = db.closeGate()
    let starting: (url: string) => void = () => {}
    const listening = new Promise<string>((resolve) => (starting = resolve))
    const started = startServer({
      database: db,
      config,
      log: (line) => {
        const entry = JSON.parse(line) as { msg?: string; url?: string }
        if (entry.msg === 'starting') starting(entry.url!)
      },
    })
    const url = await listening
    await migrating
    const ready = await probe(url, '/readyz')
    expect(ready.status).toBe(503)
    expect(await ready.json()).toEqual({
      error: { code: 'unavailable', message: 'Starting: opening and migrating the database' },
    })
    expect((await probe(url, '/livez')).status).toBe(200)
    const api = await probe(url, '/api/v1/municipality')
    expect(api.status).toBe(503)
    expect(api.headers.get('retry-after')).toBe('5')
    db.open()
    running.push(await started)
    expect((await probe(url, '/readyz')).status).toBe(200)
  })

  it('fails from the moment the server begins to stop, while requests in flight finish', async () => {
    const { server } = await aServerOn(30_000)
    const upload = await aRequestInFlight(server.url, '/api/v1/session', '{"username":"x","password":"y"}')
    const closing = server.close()
    running.splice(running.indexOf(server), 1)
    const ready = await server.app.request('/readyz')
    expect(ready.status).toBe(503)
    expect(await ready.json()).toEqual({ error: { code: 'unavailable', message: 'Shutting down' } })
    const answer = await upload.finish()
    expect(answer.status).toBe(401)
    expect(answer.headers.connection).toBe('close')
    await closing
    await server.storage.close()
  })
})
