// The job queues as /metrics tells them: how many jobs are due that no process holds, and how long the
// oldest of them has waited, for the pushes of the municipality's messages and for the reminders.
import { describe, expect, it } from 'vitest'
import { defaultPushPreferences } from '../../../src/protocol/push'
import { createServerMetrics } from '../../../src/server/operations/serverMetrics'
import { subscriptionStore } from '../../../src/server/push/subscriptionStore'
import { aBrowserSubscription } from '../push/support/browserPushKeys'
import { aHouseholdIn, aMunicipality, putMunicipality } from '../push/support/serverRecords'
import { useTestServer } from '../support/testServer'
import { SEED_TIME } from '../../support/testClock'
import { sample } from './support/prometheusText'

const world = useTestServer({ workers: false })
const secondsBefore = (seconds: number) => new Date(Date.parse(SEED_TIME) - seconds * 1000).toISOString()
const secondsAfter = (seconds: number) => secondsBefore(-seconds)

async function aSubscribedHousehold() {
  const { db } = world()
  const household = await aHouseholdIn(db, await putMunicipality(db, aMunicipality()))
  const device = { ...aBrowserSubscription('https://push.example.test'), preferences: defaultPushPreferences }
  const stored = await subscriptionStore(db).upsert(household.id, device, SEED_TIME)
  return { household, subscriptionId: stored!.id }
}

async function queues(): Promise<string> {
  const response = await fetch(`${world().url}/metrics`)
  return response.text()
}

describe('the job queues in the metrics', () => {
  it('count due jobs and the age of the oldest, leaving out those a process holds or that are not due yet', async () => {
    const { db } = world()
    const [a, b, c] = [await aSubscribedHousehold(), await aSubscribedHousehold(), await aSubscribedHousehold()]
    const remind = (household: { id: string }, dueAt: string) =>
      db.query('UPDATE reminder_jobs SET due_at = $2 WHERE household_id = $1', [household.id, dueAt])
    await remind(a.household, secondsBefore(90))
    await remind(b.household, secondsBefore(30))
    await remind(c.household, secondsAfter(60)) // held by a process until then, or simply not due yet
    const push = (subscriptionId: string, messageId: string, dueAt: string, queuedAt: string) =>
      db.query('INSERT INTO push_jobs (subscription_id, message_id, due_at, queued_at) VALUES ($1, $2, $3, $4)', [
        subscriptionId,
        messageId,
        dueAt,
        queuedAt,
      ])
    // Due "at once" since it was queued 45 s ago; due again 20 s ago after a failed try; leased.
    await push(a.subscriptionId, 'message-1', '-infinity', secondsBefore(45))
    await push(b.subscriptionId, 'message-2', secondsBefore(20), secondsBefore(600))
    await push(c.subscriptionId, 'message-3', secondsAfter(50), secondsBefore(5))

    const text = await queues()
    expect(sample(text, 'pusterom_jobs_due', { queue: 'reminder' })).toBe(2)
    expect(sample(text, 'pusterom_jobs_oldest_due_age_seconds', { queue: 'reminder' })).toBe(90)
    expect(sample(text, 'pusterom_jobs_due', { queue: 'push' })).toBe(2)
    expect(sample(text, 'pusterom_jobs_oldest_due_age_seconds', { queue: 'push' })).toBe(45)
  })

  it('date a household asked to look again at once from its first ask, not its latest', async () => {
    const { db } = world()
    const { household } = await aSubscribedHousehold()
    await db.query('UPDATE reminder_jobs SET queued_at = $2 WHERE household_id = $1', [
      household.id,
      secondsBefore(300),
    ])
    // A second change before any process looked: still waiting since the first.
    await db.query('SELECT remind_households_now(ARRAY[$1::uuid])', [household.id])
    const [job] = await db.query<{ queued_at: Date }>('SELECT queued_at FROM reminder_jobs WHERE household_id = $1', [
      household.id,
    ])
    expect(new Date(job!.queued_at).toISOString()).toBe(secondsBefore(300))
  })

  it('leave the queues out of a scrape while the database does not answer, and still answer the rest', async () => {
    let databaseAnswers = true
    let reads = 0
    const metrics = createServerMetrics(async () => {
      reads += 1
      if (!databaseAnswers) throw new Error('connect ECONNREFUSED')
      return [{ queue: 'push', due: 3, oldestDueSeconds: 12 }]
    })
    const first = await metrics.registry.metrics()
    expect(sample(first, 'pusterom_jobs_due', { queue: 'push' })).toBe(3)
    expect(sample(first, 'pusterom_jobs_oldest_due_age_seconds', { queue: 'push' })).toBe(12)
    expect(reads).toBe(1) // one read of the database for both gauges
    databaseAnswers = false
    const text = await metrics.registry.metrics()
    expect(sample(text, 'pusterom_jobs_due', { queue: 'push' })).toBeUndefined()
    expect(text).toContain('# TYPE http_requests_total counter')
  })
})
