// The change channel across two API processes over one PostgreSQL, as behind a load balancer: a phone
// listening on one process hears the other parent's tick sent through the other, and staff listening
// on one hear a family's request sent through the other (LISTEN/NOTIFY). PostgreSQL only.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SessionResponse } from '../../../src/protocol'
import { systemClock } from '../../../src/domain/clock'
import { seedDemo } from '../../../src/server/seed/demoSeed'
import type { Database } from '../../../src/server/storage/database'
import { listen } from '../changeChannel/support/listening'
import { ApiClient } from '../support/apiClient'
import { aMutation, send } from '../support/builders'
import { FamilyView } from '../support/familyView'
import { startServerChild, type ServerChild } from '../support/serverChildProcess'
import { openPostgresSchemaForTest } from '../support/testDatabase'

const databaseUrl = process.env.TEST_DATABASE_URL
let db: Database & { schema: string }
let one: ServerChild
let other: ServerChild

beforeAll(async () => {
  if (!databaseUrl) return
  db = await openPostgresSchemaForTest(databaseUrl)
  await seedDemo(db, systemClock, {})
  ;[one, other] = await Promise.all([
    startServerChild(databaseUrl, db.schema),
    startServerChild(databaseUrl, db.schema),
  ])
}, 60_000)
afterAll(async () => {
  await Promise.all([one?.stop(), other?.stop()])
  await db?.close()
})

async function signedIn(server: ServerChild, username: string): Promise<ApiClient> {
  const response = await new ApiClient(server.url).post('/session', { username, password: 'demo' })
  return new ApiClient(server.url, SessionResponse.parse(response.body).token)
}

async function channelOn(server: ServerChild, username: string) {
  const channel = await listen(server.url, (await signedIn(server, username)).token)
  expect(await channel.next()).toEqual({ event: 'ready' })
  return channel
}

describe.skipIf(!databaseUrl)('the change channel across two server processes', () => {
  it('tells a phone listening on one process of the tick the other parent sent through the other', async () => {
    const eirik = await channelOn(other, 'lunner-forelder-2')
    const hanne = new FamilyView(await signedIn(one, 'lunner-forelder-1'))
    await hanne.sync()
    const stay = hanne.all('stay').find((candidate) => candidate.start > new Date().toISOString())!
    const item = hanne.all('checklistItem').find((candidate) => candidate.recipientId === stay.recipientId)!
    const at = new Date().toISOString()
    await send(hanne.client, aMutation('setPacked', { stayId: stay.id, itemId: item.id, packed: true, at }))
    await hanne.sync()
    expect(await eirik.next()).toEqual({ event: 'change', notice: { kinds: ['packing'], cursor: hanne.cursor } })
    eirik.close()
  }, 60_000)

  it('tells staff listening on one process of a request a family sent through the other', async () => {
    const tone = await channelOn(one, 'lunner-ansatt')
    const sara = new FamilyView(await signedIn(other, 'lunner-forelder-3'))
    await sara.sync()
    const stay = sara.all('stay').find((candidate) => candidate.start > new Date().toISOString())!
    const request = aMutation('requestCancellation', {
      changeRequestId: randomUUID(),
      stayId: stay.id,
      message: 'Syk.',
    })
    expect((await send(sara.client, request))[0]?.status).toBe('applied')
    expect(await tone.next()).toMatchObject({
      event: 'change',
      notice: { kinds: expect.arrayContaining(['changeRequest']) },
    })
    tone.close()
  }, 60_000)
})
