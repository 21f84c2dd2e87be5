import { describe, expect, it } from 'vitest'
import { MunicipalityResponse } from '../../src/protocol'
import { useTestServer } from './support/testServer'

const world = useTestServer({ demo: true })

async function municipalityOf(username: string) {
  const response = await (await world().as(username)).get('/municipality')
  expect(response.status).toBe(200)
  return MunicipalityResponse.parse(response.body)
}

describe('the municipality a family belongs to', () => {
  it('tells a Lunner family that changes are due by 15:00 the day before, in Norwegian time', async () => {
    const lunner = await municipalityOf('lunner-forelder-1')
    expect(lunner.name).toBe('Lunner kommune (demo)')
    expect(lunner.changeDeadline).toEqual({ daysBefore: 1, time: '15:00', timeZone: 'Europe/Oslo' })
    expect(lunner.contacts.length).toBeGreaterThan(0)
  })

  it('announces the coming summer’s respite with an application deadline still ahead of the seed time', async () => {
    const { summerRespite } = await municipalityOf('lunner-forelder-3')
    expect(summerRespite).toEqual({
      applicationDeadline: '2027-03-15T22:59:00.000Z',
      from: '2027-06-01',
      to: '2027-08-31',
    })
  })

  it('tells a Gjøvik family there is no change deadline, and where to apply and write', async () => {
    const gjovik = await municipalityOf('gjovik-forelder-1')
    expect(gjovik.changeDeadline).toBeNull()
    expect(gjovik.summerRespite).toBeNull()
    expect(gjovik.applyUrl).toMatch(/^https:\/\//)
    expect(gjovik.postalAddress).toContain('Gjøvik')
  })

  it('shows staff their own municipality', async () => {
    expect((await municipalityOf('gjovik-ansatt')).name).toBe('Gjøvik kommune (demo)')
    expect((await municipalityOf('lunner-ansatt')).name).toBe('Lunner kommune (demo)')
  })
})

describe('the municipality’s record in the change feed', () => {
  it('gives a new phone the municipality’s rules in its first pull', async () => {
    const family = await world().family('lunner-forelder-1')
    const [lunner] = family.all('municipality')
    expect(lunner?.changeDeadline).toEqual({ daysBefore: 1, time: '15:00', timeZone: 'Europe/Oslo' })
  })

  it('brings a changed change deadline to every family of the municipality with their next pull', async () => {
    const family = await world().family('gjovik-forelder-1')
    const staff = await world().as('gjovik-ansatt')
    const rule = { daysBefore: 2, time: '12:00', timeZone: 'Europe/Oslo' }
    expect((await staff.put('/staff/municipality', { changeDeadline: rule })).status).toBe(200)
    const changes = await family.sync()
    expect(changes.find((change) => change.entity === 'municipality')?.data).toMatchObject({ changeDeadline: rule })
    expect(family.all('municipality')[0]?.changeDeadline).toEqual(rule)
  })
})

describe('the rules staff set', () => {
  it('keeps a time zone typed in lower case under the zone’s own name', async () => {
    const staff = await world().as('gjovik-ansatt')
    const rule = { daysBefore: 1, time: '15:00', timeZone: 'europe/oslo' }
    expect((await staff.put('/staff/municipality', { changeDeadline: rule })).status).toBe(200)
    const [stored] = await world().db.query<{ zone: string }>(
      `SELECT data -> 'changeDeadline' ->> 'timeZone' AS zone FROM municipalities WHERE data ->> 'name' LIKE 'Gjøvik%'`,
    )
    expect(stored?.zone).toBe('Europe/Oslo')
  })
})
