import { describe, expect, it } from 'vitest'
import { AccessLogEntry, StaffChangeRequest, StaffHousehold } from '../../../src/protocol'
import { demoUserId } from '../../../src/server/seed/demoAccounts'
import { aCancellation, aWeekend, planStay, send } from '../support/builders'
import { useTestServer } from '../support/testServer'
import { everyPage, pageAt } from './support/staffPages'

const world = useTestServer({ demo: true })
const staff = () => world().as('lunner-ansatt')

async function householdOf(username: string): Promise<string> {
  return (await world().signIn(username)).user.householdId!
}

/** The log's newest entries, as the municipality's staff read it. */
async function newest(filters: { householdId?: string } = {}, limit = 20): Promise<AccessLogEntry[]> {
  return (await pageAt(await staff(), '/staff/access-log', AccessLogEntry, { ...filters, limit })).items
}

async function fingerprint(): Promise<unknown> {
  return world().db.query('SELECT * FROM access_log ORDER BY id')
}

describe('the access log', () => {
  it('records who opened which household, when and through which route', async () => {
    const household = await householdOf('lunner-forelder-1')
    await (await staff()).get(`/staff/households/${household}`)
    const [entry] = await newest({ householdId: household })
    expect(entry).toEqual({
      id: expect.any(String),
      at: world().clock.iso(),
      userId: demoUserId('lunner-ansatt'),
      userName: 'Tone Lunde',
      clientId: null,
      action: 'staffGetHousehold',
      householdId: household,
      recordId: null,
    })
  })

  it('records a list read once for each household it showed', async () => {
    const client = await staff()
    const { items } = await pageAt(client, '/staff/households', StaffHousehold)
    const entries = (await newest()).filter((entry) => entry.action === 'staffListHouseholds')
    expect(entries.map((entry) => entry.householdId).sort()).toEqual(items.map((household) => household.id).sort())
  })

  it('records nothing for a list that showed no household', async () => {
    const before = await fingerprint()
    await (await staff()).get('/staff/stays?from=2099-01-01')
    await (await staff()).get('/staff/places')
    expect(await fingerprint()).toEqual(before)
  })

  it('records each staff change with the household it changed, and rule changes with none', async () => {
    const client = await staff()
    const family = await world().family('lunner-forelder-3')
    const household = await householdOf('lunner-forelder-3')
    const [child] = family.all('recipient')
    const stay = await planStay(client, { recipientId: child!.id, placeId: family.all('place')[0]!.id, ...aWeekend(7) })
    await client.patch(`/staff/stays/${stay.id}`, { notes: 'Ta med badetøy.' })
    await send(family.client, aCancellation(stay.id))
    const request = (await everyPage(client, '/staff/change-requests', StaffChangeRequest)).items.find(
      (candidate) => candidate.stayId === stay.id,
    )!
    await client.post(`/staff/change-requests/${request.id}/decision`, { status: 'declined', reason: 'noRoom' })
    await client.post('/staff/messages', { householdId: household, title: 'Hei', body: 'Husk lua.' })
    await client.put('/staff/municipality', { postalAddress: 'Postboks 1, 2730 Lunner' })

    const changes = (await newest({}, 50)).filter((entry) => !entry.action.startsWith('staffList'))
    expect(changes.slice(0, 5).map((entry) => [entry.action, entry.householdId])).toEqual([
      ['staffUpdateMunicipality', null],
      ['staffSendMessage', household],
      ['staffDecideChangeRequest', household],
      ['staffPatchStay', household],
      ['staffCreateStay', household],
    ])
  })

  it('records nothing for a change that was refused', async () => {
    const before = await fingerprint()
    const response = await (await staff()).patch(`/staff/stays/${crypto.randomUUID()}`, { notes: 'x' })
    expect(response.status).toBe(404)
    expect(await fingerprint()).toEqual(before)
  })

  it('keeps no bodies, names of children or texts: only who (staff or machine client), when, which route, which household and record', async () => {
    const columns = await world().db.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'access_log' AND table_schema = current_schema() ORDER BY ordinal_position",
    )
    expect(columns.map((column) => column.column_name)).toEqual([
      'id',
      'at',
      'municipality_id',
      'user_id',
      'action',
      'household_id',
      'request_id',
      'record_id',
      'client_id',
    ])
  })

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('cannot be written through the API: %s answers 404', async (method) => {
    const before = await fingerprint()
    const response = await (await staff()).request(method, '/staff/access-log', { body: {} })
    expect(response.status).toBe(404)
    expect(await fingerprint()).toEqual(before)
  })

  it('refuses to change or delete an entry, even to the database owner', async () => {
    await (await staff()).get(`/staff/households/${await householdOf('lunner-forelder-1')}`)
    await expect(world().db.query("UPDATE access_log SET action = 'x'")).rejects.toThrow(/append-only/)
    await expect(world().db.query('DELETE FROM access_log')).rejects.toThrow(/append-only/)
    expect((await newest()).length).toBeGreaterThan(0)
  })

  it("never reaches the families: a staff read adds nothing to the household's change feed", async () => {
    const family = await world().family('lunner-forelder-1')
    await (await staff()).get(`/staff/households/${await householdOf('lunner-forelder-1')}`)
    expect(await family.sync()).toEqual([])
  })

  it("is not shown to another municipality's staff", async () => {
    const household = await householdOf('lunner-forelder-1')
    await (await staff()).get(`/staff/households/${household}`)
    const gjovik = await world().as('gjovik-ansatt')
    const seen = await everyPage(gjovik, '/staff/access-log', AccessLogEntry)
    expect(seen.items.every((entry) => entry.userId === demoUserId('gjovik-ansatt'))).toBe(true)
    expect(seen.items.some((entry) => entry.householdId === household)).toBe(false)
  })
})
