// Who may read /metrics: a caller on this machine that no proxy relayed, or anyone presenting the scrape
// token (METRICS_TOKEN); everyone else is told it does not exist. Callers elsewhere are stood in for by
// an injected client address and by forwarding headers: the tests' traffic never leaves loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../../../src/server/startServer'
import type { Database } from '../../../src/server/storage/database'
import { openTestDatabase } from '../support/testDatabase'

const TOKEN = 'scrape-6f1d0c8a9b7e4d2f'
let db: Database
let server: RunningServer

beforeAll(async () => {
  db = await openTestDatabase()
  server = await startServer({ database: db, config: { metricsToken: TOKEN }, log: () => undefined })
}, 120_000)
afterAll(async () => {
  await server.close()
  await db.close()
})

/** A request as if it came from `remoteAddress`, through the app the server runs. */
function from(remoteAddress: string, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(server.app.request('/metrics', { headers }, { incoming: { socket: { remoteAddress } } }))
}

const notFound = { error: { code: 'not_found', message: 'Not found' } }

describe('who may read the metrics', () => {
  it('answers a caller on this machine without a token', async () => {
    const response = await fetch(`${server.url}/metrics`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('# TYPE http_requests_total counter')
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])
      expect((await from(address)).status).toBe(200)
  })

  it('answers a caller elsewhere 404, in the API’s error shape, as if there were nothing there', async () => {
    for (const address of ['203.0.113.9', '10.0.0.7', '2001:db8::1', '::ffff:203.0.113.9']) {
      const response = await from(address)
      expect(response.status).toBe(404)
      expect(await response.json()).toEqual(notFound)
    }
  })

  it('takes a request a proxy on this machine relayed as one from elsewhere', async () => {
    for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
      const response = await fetch(`${server.url}/metrics`, { headers: { [header]: '203.0.113.9' } })
      expect(response.status).toBe(404)
      expect(await response.json()).toEqual(notFound)
    }
  })

  it('answers a caller elsewhere that presents the scrape token as a bearer token', async () => {
    expect((await from('203.0.113.9', { authorization: `Bearer ${TOKEN}` })).status).toBe(200)
    expect((await from('203.0.113.9', { authorization: `bearer ${TOKEN}` })).status).toBe(200)
    const relayed = await fetch(`${server.url}/metrics`, {
      headers: { 'x-forwarded-for': '203.0.113.9', authorization: `Bearer ${TOKEN}` },
    })
    expect(relayed.status).toBe(200)
  })

  it('refuses a wrong token, a token in another scheme and a token in the query', async () => {
    for (const authorization of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${TOKEN}`, TOKEN])
      expect((await from('203.0.113.9', { authorization })).status).toBe(404)
    const query = await server.app.request(
      `/metrics?token=${TOKEN}`,
      {},
      { incoming: { socket: { remoteAddress: '203.0.113.9' } } },
    )
    expect(query.status).toBe(404)
  })
})
