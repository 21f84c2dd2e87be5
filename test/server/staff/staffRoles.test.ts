import { describe, expect, it } from 'vitest'
import { SessionResponse } from '../../../src/protocol'
import { staffNoticeRoutes } from '../../../src/protocol/routes/staffNoticeRoutes'
import { staffTeamworkRoutes } from '../../../src/protocol/routes/staffTeamworkRoutes'
import { STAFF_SESSION_LIFETIME_MS } from '../../../src/server/auth/sessions'
import { aWeekend, ACCEPT_ALL } from '../support/builders'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

async function aStayToPlan() {
  const family = await world().family('lunner-forelder-3')
  return {
    override: ACCEPT_ALL,
    kind: 'municipalUnit',
    recipientId: family.all('recipient')[0]!.id,
    placeId: family.all('place')[0]!.id,
    ...aWeekend(20),
  }
}

describe('staff roles', () => {
  it('lets read-only staff read everything', async () => {
    const reader = await world().as('lunner-lesetilgang')
    for (const path of ['/staff/households', '/staff/stays', '/staff/change-requests', '/staff/access-log'])
      expect((await reader.get(path)).status).toBe(200)
  })

  it('refuses every change by read-only staff with 403 in the error shape, and changes nothing', async () => {
    const reader = await world().as('lunner-lesetilgang')
    const before = await world().db.query('SELECT count(*) FROM records')
    const attempts = [
      await reader.post('/staff/stays', await aStayToPlan()),
      await reader.put('/staff/municipality', { postalAddress: 'Postboks 9' }),
      await reader.post('/staff/notices', {
        clientKey: crypto.randomUUID(),
        householdId: null,
        title: 'Hei',
        body: 'Hei',
      }),
    ]
    for (const response of attempts) {
      expect(response.status).toBe(403)
      expect(response.body).toMatchObject({ error: { code: 'forbidden' } })
    }
    expect(await world().db.query('SELECT count(*) FROM records')).toEqual(before)
  })

  it('lets a planner plan stays but not change the municipality’s settings', async () => {
    const planner = await world().as('lunner-planlegger')
    expect((await planner.post('/staff/stays', await aStayToPlan())).status).toBe(201)
    const settings = await planner.put('/staff/municipality', { postalAddress: 'Postboks 9' })
    expect(settings.status).toBe(403)
    expect(settings.body).toMatchObject({ error: { code: 'forbidden' } })
  })

  it('tells the console the signed-in staff member’s role', async () => {
    const { user } = await world().signIn('lunner-lesetilgang')
    expect(user).toMatchObject({ role: 'staff', staffRole: 'readOnly' })
    expect((await world().signIn('lunner-forelder-1')).user.staffRole).toBeUndefined()
  })

  it('gives staff a working-day session and families their month', async () => {
    const staff = SessionResponse.parse(await world().signIn('lunner-ansatt'))
    const family = SessionResponse.parse(await world().signIn('lunner-forelder-1'))
    expect(Date.parse(staff.expiresAt) - world().clock.now()).toBe(STAFF_SESSION_LIFETIME_MS)
    expect(Date.parse(family.expiresAt) - world().clock.now()).toBe(30 * 24 * 3600_000)
  })

  it('refuses a parent every teamwork and notice route with 403', async () => {
    const { user } = await world().signIn('lunner-forelder-1')
    const parent = await world().as('lunner-forelder-1')
    const routes = [...Object.values(staffTeamworkRoutes), ...Object.values(staffNoticeRoutes)]
    for (const route of routes) {
      const path = route.path.replace(':id', user.householdId!)
      const body = route.method === 'get' ? {} : { body: {} }
      const response = await parent.request(route.method.toUpperCase(), path, body)
      expect([route.name, response.status]).toEqual([route.name, 403])
    }
  })
})
