import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { Message, Municipality } from '../../../src/protocol'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

describe('staff notices and rules', () => {
  it('sends a notice to one household that both parents receive', async () => {
    const staff = await world().as('lunner-ansatt')
    const mother = await world().family('lunner-forelder-1')
    const { user } = await world().signIn('lunner-forelder-1')
    const stay = mother.all('stay')[5]!
    const response = await staff.post('/staff/messages', {
      householdId: user.householdId,
      title: 'Ny kontaktperson',
      body: 'Fra 1. desember er Kari din kontakt.',
      stayId: stay.id,
    })
    expect(response.status).toBe(201)
    const message = Message.parse(response.body)
    expect(message).toMatchObject({ kind: 'notice', stayId: stay.id, readAt: null, createdAt: world().clock.iso() })
    const father = await world().family('lunner-forelder-2')
    expect(father.get('message', message.id)).toEqual(message)
    expect((await world().family('lunner-forelder-3')).get('message', message.id)).toBeUndefined()
  })

  it('answers a notice to another municipality’s household, or about another household’s stay, as not found', async () => {
    const staff = await world().as('lunner-ansatt')
    const gjovik = await world().signIn('gjovik-forelder-1')
    const lunner = await world().signIn('lunner-forelder-3')
    const bergStay = (await world().family('lunner-forelder-1')).all('stay')[0]!
    const toGjovik = await staff.post('/staff/messages', {
      householdId: gjovik.user.householdId,
      title: 'Hei',
      body: 'Hei',
    })
    const wrongStay = await staff.post('/staff/messages', {
      householdId: lunner.user.householdId,
      title: 'Hei',
      body: 'Hei',
      stayId: bergStay.id,
    })
    const unknown = await staff.post('/staff/messages', { householdId: randomUUID(), title: 'Hei', body: 'Hei' })
    expect([toGjovik.status, wrongStay.status, unknown.status]).toEqual([404, 404, 404])
  })

  it('changes the change deadline rule; every family of the municipality sees it and gets the new rule as facts', async () => {
    const staff = await world().as('gjovik-ansatt')
    const rule = { daysBefore: 2, time: '12:00', timeZone: 'Europe/Oslo' }
    const response = await staff.put('/staff/municipality', { changeDeadline: rule })
    expect(response.status).toBe(200)
    expect(Municipality.parse(response.body).changeDeadline).toEqual(rule)
    const family = await world().family('gjovik-forelder-1')
    expect((await family.client.get('/municipality')).body).toMatchObject({
      changeDeadline: rule,
      name: 'Gjøvik kommune (demo)',
    })
    const notice = family.all('message').find((message) => message.facts?.kind === 'rulesChanged')
    expect(notice).toMatchObject({ kind: 'notice', facts: { kind: 'rulesChanged', changeDeadline: rule } })
    expect(notice?.facts).not.toHaveProperty('summerRespite')
  })

  it('stores the notice of new rules as facts with no Bokmål sentence, for each family to read in its language', async () => {
    const staff = await world().as('gjovik-ansatt')
    await staff.put('/staff/municipality', {
      changeDeadline: { daysBefore: 1, time: '14:00', timeZone: 'Europe/Oslo' },
    })
    const family = await world().family('gjovik-forelder-1')
    const notices = family.all('message').filter((message) => message.facts?.kind === 'rulesChanged')
    expect(notices.length).toBeGreaterThan(0)
    for (const notice of notices) {
      expect(notice).not.toHaveProperty('title')
      expect(notice).not.toHaveProperty('body')
    }
  })

  it('sets the summer respite deadline, and leaves the fields it was not given as they were', async () => {
    const staff = await world().as('lunner-ansatt')
    const before = Municipality.parse((await staff.get('/municipality')).body)
    const summer = { applicationDeadline: '2027-02-28T22:59:00.000Z', from: '2027-06-14', to: '2027-08-13' }
    const after = Municipality.parse((await staff.put('/staff/municipality', { summerRespite: summer })).body)
    expect(after).toEqual({ ...before, summerRespite: summer })
    const family = await world().family('lunner-forelder-3')
    expect(family.all('message').map((message) => message.facts)).toContainEqual({
      kind: 'rulesChanged',
      summerRespite: summer,
    })
  })

  it('changes contacts without a message to every family, who get only the new contacts', async () => {
    const staff = await world().as('lunner-ansatt')
    const family = await world().family('lunner-forelder-1')
    const contacts = [{ name: 'Vakttelefon', phone: '+47 400 09 999', email: null }]
    expect((await staff.put('/staff/municipality', { contacts })).body).toMatchObject({ contacts })
    expect((await family.sync()).map((change) => change.entity)).toEqual(['municipality'])
    expect(family.all('municipality')[0]?.contacts).toEqual(contacts)
  })
})
