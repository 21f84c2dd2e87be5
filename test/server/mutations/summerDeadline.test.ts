import { describe, expect, it } from 'vitest'
import { aMutation, send } from '../support/builders'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

function anApplication(recipientId: string, periods = [{ from: '2027-07-05', to: '2027-07-11' }]) {
  return aMutation('submitSummerApplication', {
    applicationId: crypto.randomUUID(),
    recipientId,
    year: 2027,
    periods,
    message: '',
  })
}

describe('summer respite applications and the municipality’s season', () => {
  it('refuses an application where the municipality has no summer respite, saying so in Norwegian', async () => {
    const family = await world().family('gjovik-forelder-1')
    const [child] = family.all('recipient')
    const [result] = await send(family.client, anApplication(child!.id))
    expect(result?.status).toBe('rejected')
    expect(result?.error?.message).toMatch(/tar ikke imot søknader om sommeravlastning/)
  })

  it('refuses weeks outside the municipality’s summer season', async () => {
    const family = await world().family('lunner-forelder-3')
    const [child] = family.all('recipient')
    const outside = anApplication(child!.id, [{ from: '2027-09-06', to: '2027-09-12' }])
    const [result] = await send(family.client, outside)
    expect(result?.error?.message).toMatch(/innenfor kommunens periode for sommeravlastning/)
  })

  it('refuses an application the server receives after the deadline, a minute after it passed', async () => {
    const family = await world().family('lunner-forelder-2')
    const [child] = family.all('recipient')
    const mutation = anApplication(child!.id)
    const staff = await world().as('lunner-ansatt')
    const deadline = new Date(world().clock.now() - 60_000).toISOString() // a minute ago
    const summerRespite = { applicationDeadline: deadline, from: '2027-06-01', to: '2027-08-31' }
    expect((await staff.put('/staff/municipality', { summerRespite })).status).toBe(200)
    const [result] = await send(family.client, mutation)
    expect(result?.status).toBe('rejected')
    expect(result?.error?.message).toMatch(/fristen for sommeravlastning har gått ut/i)
  })
})
