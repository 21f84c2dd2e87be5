import { describe, expect, it, vi } from 'vitest'
import { runHouseholdRetention, startHouseholdRetention } from '../../../src/server/retention/householdRetention'
import { GJOVIK_ID, LUNNER_ID } from '../../../src/server/seed/demoTenants'
import { aDecision } from '../../support/calendarBuilders'
import { testClock } from '../../support/testClock'
import { useTestServer } from '../support/testServer'
import {
  accessLogOf,
  aHouseholdToClose,
  closedAtOf,
  putRecordOf,
  whatIsLeftOf,
  type HouseholdToClose,
} from './support/householdToClose'

const world = useTestServer({ demo: true })
const DAY = 86_400_000
// The demo's "now" is 23 November 2026: this household's decision ended in October, its last stay on 1 November.
const SERVICE_END = '2026-11-01T15:00:00.000Z'

async function lunnerPlace(): Promise<string> {
  const [row] = await world().db.query<{ id: string }>(
    "SELECT id FROM records WHERE entity = 'place' AND municipality_id = $1 ORDER BY id LIMIT 1",
    [LUNNER_ID],
  )
  return row!.id
}

async function aFinishedHousehold(): Promise<HouseholdToClose> {
  return aHouseholdToClose(world().db, {
    municipalityId: LUNNER_ID,
    placeId: await lunnerPlace(),
    validTo: '2026-10-31',
    stayEnd: SERVICE_END,
  })
}

const TODAY = '2026-11-23T10:00:00.000Z'
const run = (at: string | number) => runHouseholdRetention(world().db, typeof at === 'number' ? at : Date.parse(at))
const nothingLeft = (left: Record<string, number>) => Object.values(left).every((count) => count === 0)

/** Every row of every household but `except`, by table: what must stay untouched. */
async function everyoneElse(except: string): Promise<unknown> {
  return world().db.query(
    `SELECT h.id, h.municipality_id, (SELECT count(*) FROM records r WHERE r.household_id = h.id) AS records,
       (SELECT count(*) FROM users u WHERE u.household_id = h.id) AS users
     FROM households h WHERE h.id <> $1 ORDER BY h.id`,
    [except],
  )
}

describe('the retention job in the database', () => {
  it('closes a household when its last decision and its last stay have ended, as of when the service ended', async () => {
    const household = await aFinishedHousehold()
    expect((await run(TODAY)).closed).toBeGreaterThanOrEqual(1)
    expect(await closedAtOf(world().db, household)).toBe(SERVICE_END)
  })

  it('leaves a household open while a stay lies ahead', async () => {
    const household = await aHouseholdToClose(world().db, {
      municipalityId: LUNNER_ID,
      placeId: await lunnerPlace(),
      validTo: '2026-10-31',
      stayEnd: '2026-11-30T15:00:00.000Z',
    })
    await run(TODAY)
    expect(await closedAtOf(world().db, household)).toBeNull()
  })

  it('closes none of the demo households, whose decisions run until further notice', async () => {
    await run('2027-11-23T10:00:00.000Z')
    const [row] = await world().db.query<{ n: string | number }>(
      "SELECT count(*) AS n FROM households h WHERE closed_at IS NOT NULL AND EXISTS (SELECT 1 FROM users u WHERE u.household_id = h.id AND u.username LIKE '%-forelder-%')",
    )
    expect(Number(row!.n)).toBe(0)
  })

  it('reopens a closed household when a new decision arrives, and does not delete it when the period has passed', async () => {
    const household = await aFinishedHousehold()
    await run(TODAY)
    await putRecordOf(
      world().db,
      household,
      'decision',
      aDecision({ recipientId: household.recipientId, validFrom: '2026-12-01' }),
    )
    expect(await closedAtOf(world().db, household)).toBeNull()
    await run(Date.parse(SERVICE_END) + 400 * DAY)
    expect(await closedAtOf(world().db, household)).toBeNull()
    expect((await whatIsLeftOf(world().db, household)).records).toBe(5)
  })

  it("deletes a closed household's data once the municipality's period has passed, and not a day before", async () => {
    const household = await aFinishedHousehold()
    await run(TODAY)
    await run(Date.parse(SERVICE_END) + 364 * DAY)
    expect((await whatIsLeftOf(world().db, household)).households).toBe(1)
    const counts = await run(Date.parse(SERVICE_END) + 365 * DAY)
    expect(counts.deleted).toBeGreaterThanOrEqual(1)
    expect(await whatIsLeftOf(world().db, household)).toEqual({
      households: 0,
      records: 0,
      caregivers: 0,
      sessions: 0,
      identities: 0,
      mutations: 0,
      notes: 0,
      devices: 0,
      feeds: 0,
      authors: 0,
      notices: 0,
      handling: 0,
      fhir: 0,
    })
  })

  it('keeps the access log of a deleted household, which follows its own period', async () => {
    const household = await aFinishedHousehold()
    await run(TODAY)
    await run(Date.parse(SERVICE_END) + 366 * DAY)
    expect((await whatIsLeftOf(world().db, household)).households).toBe(0)
    expect(await accessLogOf(world().db, household)).toBe(1)
  })

  it('touches no other household, in its municipality or another', async () => {
    const household = await aFinishedHousehold()
    const gjovik = await aHouseholdToClose(world().db, {
      municipalityId: GJOVIK_ID,
      placeId: await lunnerPlace(),
      validTo: null,
      stayEnd: SERVICE_END,
    })
    await run(TODAY)
    const before = await everyoneElse(household.id)
    await run(Date.parse(SERVICE_END) + 366 * DAY)
    expect((await whatIsLeftOf(world().db, household)).households).toBe(0)
    expect(await everyoneElse(household.id)).toEqual(before)
    expect(nothingLeft(await whatIsLeftOf(world().db, gjovik))).toBe(false)
  })

  it('keeps a household a month at least after it was first found closed, however long ago its service ended', async () => {
    const household = await aFinishedHousehold()
    const firstFound = Date.parse(SERVICE_END) + 400 * DAY
    expect((await run(firstFound)).closed).toBeGreaterThanOrEqual(1)
    await run(firstFound + 30 * DAY - 60_000)
    expect((await whatIsLeftOf(world().db, household)).households).toBe(1)
    await run(firstFound + 30 * DAY)
    expect((await whatIsLeftOf(world().db, household)).households).toBe(0)
  })

  it("follows the municipality's own period where it has set one", async () => {
    const household = await aFinishedHousehold()
    await world().db.query(`UPDATE municipalities SET data = data || '{"retentionDays": 60}' WHERE id = $1`, [
      LUNNER_ID,
    ])
    try {
      await run(TODAY)
      await run(Date.parse(SERVICE_END) + 59 * DAY)
      expect((await whatIsLeftOf(world().db, household)).households).toBe(1)
      await run(Date.parse(SERVICE_END) + 60 * DAY)
      expect((await whatIsLeftOf(world().db, household)).households).toBe(0)
    } finally {
      await world().db.query(`UPDATE municipalities SET data = data - 'retentionDays' WHERE id = $1`, [LUNNER_ID])
    }
  })

  it('signs the family out for good: its session answers 401 and its sign-in is refused, neither with a 5xx', async () => {
    const household = await aFinishedHousehold()
    const family = await world().as(household.username)
    expect((await family.get('/sync')).status).toBe(200)
    await run(TODAY)
    await run(Date.parse(SERVICE_END) + 366 * DAY)
    expect((await family.get('/sync')).status).toBe(401)
    const signIn = await world().anonymous.post('/session', { username: household.username, password: 'demo' })
    expect(signIn.status).toBe(401)
  })

  it('logs how many households it closed, reopened and deleted, and nothing that names one', async () => {
    const household = await aFinishedHousehold()
    const lines: string[] = []
    const job = startHouseholdRetention(world().db, testClock(TODAY), (line) => lines.push(line))
    await vi.waitFor(() => expect(lines).toHaveLength(1))
    await job.stop()
    const line = JSON.parse(lines[0]!) as Record<string, unknown>
    expect(Object.keys(line).sort()).toEqual(['closed', 'deleted', 'level', 'msg', 'reopened'])
    expect(line).toMatchObject({ level: 'info', msg: 'household retention' })
    expect(line.closed).toBeGreaterThanOrEqual(1)
    expect(lines[0]).not.toContain(household.id)
  })
})
