// The most frequent request there is, a device asking whether anything is new: one database query that
// finds the session and checks the cursor, and no memory of sessions in any process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SyncResponse } from '../../../src/protocol'
import { SESSION_LIFETIME_MS } from '../../../src/server/auth/sessions'
import { seedDemo } from '../../../src/server/seed/demoSeed'
import { startServer, type RunningServer } from '../../../src/server/startServer'
import type { Database } from '../../../src/server/storage/database'
import { testClock } from '../../support/testClock'
import { ApiClient } from '../support/apiClient'
import { openTestDatabase } from '../support/testDatabase'

const clock = testClock()
let db: Database
let queries = 0
let servers: RunningServer[] = []

/** The database as the servers see it, counting the statements they send. */
function counted(database: Database): Database {
  return {
    ...database,
    query: (sql, params, prepared) => {
      queries += 1
      return database.query(sql, params, prepared)
    },
  }
}

beforeAll(async () => {
  db = await openTestDatabase()
  await seedDemo(db, clock)
  // Two server processes' worth of state over one database, as behind a load balancer.
  servers = [
    await startServer({ database: counted(db), clock, log: () => undefined }),
    await startServer({ database: counted(db), clock, log: () => undefined }),
  ]
}, 120_000)
afterAll(async () => {
  for (const server of servers) await server.close()
  await db.close()
})

async function signedIn(username: string, server = servers[0]!): Promise<ApiClient> {
  const response = await new ApiClient(server.url).post<{ token: string }>('/session', { username, password: 'demo' })
  return new ApiClient(server.url, response.body.token)
}

async function upToDate(client: ApiClient): Promise<string> {
  let cursor = ''
  for (;;) {
    const page = SyncResponse.parse((await client.get(`/sync${cursor ? `?cursor=${cursor}` : ''}`)).body)
    cursor = page.cursor
    if (!page.hasMore) return cursor
  }
}

describe('a pull with nothing new', () => {
  it('costs the server one database query', async () => {
    const family = await signedIn('lunner-forelder-1')
    const cursor = await upToDate(family)
    const before = queries
    const response = await family.get(`/sync?cursor=${cursor}`)
    expect(response.body).toEqual({ cursor, changes: [], hasMore: false })
    expect(queries - before).toBe(1)
  })

  it('is refused on every server the moment the parent signs out on one of them', async () => {
    const onFirst = await signedIn('lunner-forelder-2')
    const cursor = await upToDate(onFirst)
    const onSecond = new ApiClient(servers[1]!.url, onFirst.token)
    expect((await onSecond.get(`/sync?cursor=${cursor}`)).status).toBe(200)
    expect((await onFirst.delete('/session')).status).toBe(204)
    expect((await onSecond.get(`/sync?cursor=${cursor}`)).status).toBe(401)
    expect((await onFirst.get(`/sync?cursor=${cursor}`)).status).toBe(401)
  })

  it('is refused once the session is 30 days old', async () => {
    const family = await signedIn('gjovik-forelder-1')
    const cursor = await upToDate(family)
    clock.advance(SESSION_LIFETIME_MS)
    expect((await family.get(`/sync?cursor=${cursor}`)).status).toBe(401)
  })

  it('is refused to staff, who have no household, with 403', async () => {
    const staff = await signedIn('gjovik-ansatt')
    expect((await staff.get('/sync?cursor=1')).status).toBe(403)
  })
})
