// A server process that is stopped (SIGTERM) while its pushes hang at the push service hands the jobs it
// holds back to the queue, so another process sends them at once instead of when the lease would have
// ended. Two real processes over one PostgreSQL; the leases here last ten minutes.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Message } from '../../../src/protocol'
import { defaultPushPreferences } from '../../../src/protocol/push'
import { subscriptionStore } from '../../../src/server/push/subscriptionStore'
import type { Database } from '../../../src/server/storage/database'
import { aBrowserSubscription } from '../push/support/browserPushKeys'
import { startPushServiceStandIn } from '../push/support/pushServiceStandIn'
import { aHouseholdIn, aMunicipality, putMunicipality, putRecord } from '../push/support/serverRecords'
import type { ServerChild } from '../support/serverChildProcess'
import { useProcessesOverOneSchema } from '../support/processesOverOneSchema'

const databaseUrl = process.env.TEST_DATABASE_URL
const TEN_MINUTES = String(10 * 60_000)
const processes = useProcessesOverOneSchema('kill')
let db: Database
beforeAll(() => {
  if (databaseUrl) db = processes.db()
})

const aServer = (env: NodeJS.ProcessEnv): Promise<ServerChild> => processes.start({ env })

function aNotice(): Message {
  return {
    id: randomUUID(),
    kind: 'notice',
    title: 'Stengt fredag',
    body: '',
    stayId: null,
    changeRequestId: null,
    createdAt: new Date().toISOString(),
    readAt: null,
  }
}

describe.skipIf(!databaseUrl)('a server process that is stopped while it sends pushes', () => {
  it('hands the jobs it holds back, due at once, and another process sends them', async () => {
    // A push service that holds every answer far beyond the stop's time limit.
    const stuck = await startPushServiceStandIn({ answerAfterMs: 120_000 })
    const household = await aHouseholdIn(db, await putMunicipality(db, aMunicipality()))
    const phones = [aBrowserSubscription(stuck.url), aBrowserSubscription(stuck.url)]
    for (const phone of phones)
      await subscriptionStore(db).upsert(
        household.id,
        { ...phone, preferences: defaultPushPreferences },
        new Date().toISOString(),
      )
    const first = await aServer({ LEASE_MS: TEN_MINUTES, SHUTDOWN_GRACE_SECONDS: '1' })
    await putRecord(db, 'message', household, aNotice())
    await stuck.waitForPushes(2)
    const held = await db.query<{ due_at: Date }>('SELECT due_at FROM push_jobs')
    expect(held.map((job) => new Date(job.due_at).getTime() > Date.now() + 5 * 60_000)).toEqual([true, true])

    const stopped = Date.now()
    expect(await first.stop()).toBe(0)
    const handedBack = await db.query<{ due_at: Date }>('SELECT due_at FROM push_jobs')
    expect(handedBack).toHaveLength(2)
    for (const job of handedBack) expect(new Date(job.due_at).getTime()).toBeLessThanOrEqual(Date.now())
    expect(Date.now() - stopped).toBeLessThan(60_000)

    // The next process takes them at its first look, long before the ten minutes are up.
    await aServer({ LEASE_MS: TEN_MINUTES })
    await stuck.waitForPushes(4)
    await stuck.close()
  }, 120_000)
})
