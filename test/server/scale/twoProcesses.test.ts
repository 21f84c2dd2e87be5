// Two API processes over one PostgreSQL, as behind a load balancer: each reminder reaches each phone
// once, and a process killed mid-send (kill -9) loses none of the municipality's pushes. Real child
// processes; PostgreSQL only, since the embedded database belongs to a single process.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Message } from '../../../src/protocol'
import { defaultPushPreferences, PushMessage } from '../../../src/protocol/push'
import { subscriptionStore } from '../../../src/server/push/subscriptionStore'
import type { Database } from '../../../src/server/storage/database'
import { aStay } from '../../support/builders'
import { aBrowserSubscription, decryptPush, type BrowserSubscription } from '../push/support/browserPushKeys'
import { startPushServiceStandIn, type PushServiceStandIn } from '../push/support/pushServiceStandIn'
import { aHouseholdIn, aMunicipality, putMunicipality, putRecord } from '../push/support/serverRecords'
import type { ServerChild } from '../support/serverChildProcess'
import { useProcessesOverOneSchema } from '../support/processesOverOneSchema'

const databaseUrl = process.env.TEST_DATABASE_URL
const DAY = 24 * 3600_000
const processes = useProcessesOverOneSchema()
let db: Database
let children: ServerChild[] = []
beforeAll(() => {
  if (databaseUrl) db = processes.db()
})

async function twoServers(): Promise<ServerChild[]> {
  children = await Promise.all([processes.start(), processes.start()])
  return children
}

/** Households of one municipality, each with a phone subscribed to `pushService`. */
async function families(count: number, pushService: PushServiceStandIn) {
  const municipality = await putMunicipality(db, aMunicipality())
  const place = {
    id: randomUUID(),
    name: 'Solsikken',
    kind: 'municipalUnit',
    address: 'Eksempelveien 1',
    phone: null,
    notes: '',
  }
  await putRecord(db, 'place', { municipalityId: municipality.id, id: null }, place)
  const made = []
  for (let n = 0; n < count; n++) {
    const household = await aHouseholdIn(db, municipality)
    const recipient = { id: randomUUID(), name: `Barn ${n}`, color: '#2f6fb0', medicationListReviewedAt: null }
    await putRecord(db, 'recipient', household, recipient)
    const device = aBrowserSubscription(pushService.url)
    // A reminder 72 hours before the deadline: a stay two days ahead is due one now.
    const preferences = { ...defaultPushPreferences, deadlineLeadHours: 72 }
    await subscriptionStore(db).upsert(household.id, { ...device, preferences }, new Date().toISOString())
    made.push({ household, device, recipient, placeId: place.id })
  }
  return made
}

function pushesTo(pushService: PushServiceStandIn, device: BrowserSubscription): PushMessage[] {
  return pushService.received
    .filter((push) => `${pushService.url}${push.path}` === device.endpoint)
    .map((push) => PushMessage.parse(JSON.parse(decryptPush(push.body, device))))
}

/** Waits for a condition on the database, looking again every 100 ms. */
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 100))
}

const count = async (sql: string) => Number((await db.query<{ n: string }>(sql))[0]?.n)

describe.skipIf(!databaseUrl)('two server processes over one PostgreSQL', () => {
  it('sends each phone the reminder that is due exactly once', async () => {
    const pushService = await startPushServiceStandIn()
    const homes = await families(12, pushService)
    const start = new Date(Date.now() + 2 * DAY).toISOString()
    const end = new Date(Date.parse(start) + DAY).toISOString()
    for (const home of homes)
      await putRecord(
        db,
        'stay',
        home.household,
        aStay({ recipientId: home.recipient.id, placeId: home.placeId, start, end }),
      )
    await twoServers()
    await pushService.waitForPushes(homes.length)
    // Every household looked at and settled: nothing due before its next reminder.
    await until(
      async () =>
        (await count('SELECT count(*) AS n FROM sent_reminders')) === homes.length &&
        (await count(`SELECT count(*) AS n FROM reminder_jobs WHERE due_at < now() + interval '1 hour'`)) === 0,
    )
    for (const child of children) await child.stop()
    for (const home of homes)
      expect(pushesTo(pushService, home.device).map((push) => push.kind)).toEqual(['deadlineReminder'])
    await pushService.close()
  }, 120_000)

  it('loses no push of the municipality’s messages when one process is killed in the middle of sending', async () => {
    // A slow push service, so the killed process dies with pushes taken and not yet answered.
    const pushService = await startPushServiceStandIn({ answerAfterMs: 300 })
    const homes = await families(10, pushService)
    const [victim] = await twoServers()
    const messages: Array<{ home: (typeof homes)[number]; message: Message }> = []
    for (const home of homes)
      for (let n = 0; n < 3; n++) {
        const message: Message = {
          id: randomUUID(),
          kind: 'notice',
          title: `Beskjed ${n}`,
          body: 'Solsikken holder stengt fredag.',
          stayId: null,
          changeRequestId: null,
          createdAt: new Date().toISOString(),
          readAt: null,
        }
        await putRecord(db, 'message', home.household, message)
        messages.push({ home, message })
      }
    await pushService.waitForPushes(3)
    await victim!.kill()
    await until(async () => (await count('SELECT count(*) AS n FROM push_jobs')) === 0)
    const delivered = new Set(homes.flatMap((home) => pushesTo(pushService, home.device).map((push) => push.messageId)))
    expect([...delivered].sort()).toEqual(messages.map(({ message }) => message.id).sort())
    await pushService.close()
  }, 120_000)
})
