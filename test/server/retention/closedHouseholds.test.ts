import { describe, expect, it } from 'vitest'
import { ClosedHouseholdsPage } from '../../../src/protocol'
import { runHouseholdRetention } from '../../../src/server/retention/householdRetention'
import { GJOVIK_ID, LUNNER_ID } from '../../../src/server/seed/demoTenants'
import { aClosedHousehold } from '../../support/staffBuilders'
import { useTestServer } from '../support/testServer'
import { aHouseholdToClose } from './support/householdToClose'

const world = useTestServer({ demo: true })

async function placeOf(municipalityId: string): Promise<string> {
  const [row] = await world().db.query<{ id: string }>(
    "SELECT id FROM records WHERE entity = 'place' AND municipality_id = $1 ORDER BY id LIMIT 1",
    [municipalityId],
  )
  return row!.id
}

async function closedIn(municipalityId: string, validTo: string, stayEnd: string) {
  const household = await aHouseholdToClose(world().db, {
    municipalityId,
    placeId: await placeOf(municipalityId),
    validTo,
    stayEnd,
  })
  await runHouseholdRetention(world().db, world().clock.now())
  return household
}

async function closedList(username: string) {
  const response = await (await world().as(username)).get('/staff/closed-households')
  expect(response.status).toBe(200)
  return ClosedHouseholdsPage.parse(response.body)
}

describe('what the retention job will delete and when, as staff see it', () => {
  it('lists each closed household with why and since when it is closed and when its data goes, the soonest first', async () => {
    const later = await closedIn(LUNNER_ID, '2026-10-31', '2026-11-01T15:00:00.000Z')
    const sooner = await closedIn(LUNNER_ID, '2026-09-30', '2026-09-20T14:00:00.000Z')
    const page = await closedList('lunner-planlegger')
    expect(page.retentionDays).toBe(365)
    expect(page.items.map((item) => item.householdId)).toEqual([sooner.id, later.id])
    // Closed at midnight after the decision's last day, which came after the last stay; deleted a year later.
    expect(page.items[0]).toEqual(aClosedHousehold({ householdId: sooner.id }))
  })

  it("dates the deletion by the municipality's own period", async () => {
    const household = await closedIn(LUNNER_ID, '2026-10-15', '2026-10-10T14:00:00.000Z')
    const caseworker = await world().as('lunner-ansatt')
    expect((await caseworker.put('/staff/municipality', { retentionDays: 90 })).status).toBe(200)
    try {
      const page = await closedList('lunner-ansatt')
      expect(page.retentionDays).toBe(90)
      const item = page.items.find((entry) => entry.householdId === household.id)
      expect(item?.deletesAt).toBe('2027-01-13T22:00:00.000Z') // 90 days of 24 hours after 15 October, midnight summer time
    } finally {
      await world().db.query(`UPDATE municipalities SET data = data - 'retentionDays' WHERE id = $1`, [LUNNER_ID])
    }
  })

  it("shows no other municipality's households", async () => {
    const gjovik = await closedIn(GJOVIK_ID, '2026-10-31', '2026-11-01T15:00:00.000Z')
    const lunner = await closedList('lunner-ansatt')
    expect(lunner.items.some((item) => item.householdId === gjovik.id)).toBe(false)
    const gjoviks = await closedList('gjovik-ansatt')
    expect(gjoviks.items.map((item) => item.householdId)).toEqual([gjovik.id])
  })

  it('writes a read of each household listed to the access log', async () => {
    const household = await closedIn(LUNNER_ID, '2026-08-31', '2026-08-20T14:00:00.000Z')
    await closedList('lunner-planlegger')
    const rows = await world().db.query(
      "SELECT 1 FROM access_log WHERE action = 'staffListClosedHouseholds' AND household_id = $1",
      [household.id],
    )
    expect(rows).toHaveLength(1)
  })

  it('is for caseworkers and planners: read-only staff and families are refused with 403', async () => {
    for (const username of ['lunner-lesetilgang', 'lunner-forelder-1']) {
      const response = await (await world().as(username)).get('/staff/closed-households')
      expect(response.status).toBe(403)
      expect(response.body).toMatchObject({ error: { code: 'forbidden' } })
    }
  })

  it('keeps the period within a month and ten years, and lets only caseworkers set it', async () => {
    const caseworker = await world().as('lunner-ansatt')
    for (const retentionDays of [29, 3651, 365.5, '365']) {
      const response = await caseworker.put('/staff/municipality', { retentionDays })
      expect(response.status).toBe(400)
      expect(response.body).toMatchObject({ error: { code: 'invalid_request' } })
    }
    const planner = await world().as('lunner-planlegger')
    expect((await planner.put('/staff/municipality', { retentionDays: 60 })).status).toBe(403)
  })

  it('pages by cursor, each household once', async () => {
    await closedIn(LUNNER_ID, '2026-07-31', '2026-07-20T14:00:00.000Z')
    const all = await closedList('lunner-ansatt')
    const client = await world().as('lunner-ansatt')
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const response = await client.get(`/staff/closed-households?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      const page = ClosedHouseholdsPage.parse(response.body)
      seen.push(...page.items.map((item) => item.householdId))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual(all.items.map((item) => item.householdId))
  })

  it("tells staff on the household's own page since when it is closed and when its data goes", async () => {
    const household = await closedIn(LUNNER_ID, '2026-09-30', '2026-09-20T14:00:00.000Z')
    const response = await (await world().as('lunner-lesetilgang')).get(`/staff/households/${household.id}`)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      closed: { closedAt: '2026-09-30T22:00:00.000Z', deletesAt: '2027-09-30T22:00:00.000Z' },
    })
    const berg = (await world().signIn('lunner-forelder-1')).user.householdId
    const open = await (await world().as('lunner-ansatt')).get(`/staff/households/${berg}`)
    expect(open.body).toMatchObject({ closed: null })
  })
})
