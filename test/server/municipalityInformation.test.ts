import { describe, expect, it } from 'vitest'
import { useTestServer } from './support/testServer'

const world = useTestServer({ demo: true })

const texts = {
  about: 'Avlastning gir deg som gir omsorg regelmessig fri.',
  expect: 'Vi har taushetsplikt.',
  assessed: '',
  notGrounds: '',
  apply: 'Søk elektronisk med ID-porten.',
  cost: 'Gratis.',
  transport: 'Kommunen betaler transporten.',
}

describe('the municipality’s information about respite', () => {
  it('seeds each demo municipality with its own information, Gjøvik’s with no transport and Lunner’s with it', async () => {
    const lunner = (await world().family('lunner-forelder-1')).all('municipality')[0]
    const gjovik = (await world().family('gjovik-forelder-1')).all('municipality')[0]
    expect(lunner?.information?.nb.transport).toMatch(/transport/i)
    expect(gjovik?.information?.nb.transport).toBe('')
    expect(gjovik?.information?.nb.notGrounds).toMatch(/barnevakt/)
  })

  it('seeds what Lunner asks families to bring, and Gjøvik’s paper form and visiting address', async () => {
    const lunner = (await world().family('lunner-forelder-1')).all('municipality')[0]
    const gjovik = (await world().family('gjovik-forelder-1')).all('municipality')[0]
    expect(lunner?.information?.nb.bring).toMatch(/oppdatert medisinliste/)
    expect(gjovik?.paperFormUrl).toMatch(/^https:\/\//)
    expect(gjovik?.visitingAddress).toMatch(/Kauffeldts plass 1/)
  })

  it('seeds both demo municipalities with their information in Nynorsk too, so a Nynorsk family reads Nynorsk', async () => {
    for (const username of ['lunner-forelder-1', 'gjovik-forelder-1']) {
      const information = (await world().family(username)).all('municipality')[0]?.information
      expect(information?.nn?.about).toMatch(/avlasting/i)
      expect(information?.nn?.about).not.toMatch(/avlastning|ikke|hjemmet/i)
    }
  })

  it('brings the paper form, the visiting address and what to bring that staff write to the families', async () => {
    const family = await world().family('gjovik-forelder-1')
    const staff = await world().as('gjovik-ansatt')
    const update = {
      paperFormUrl: 'https://gjovik.example.test/skjema.pdf',
      visitingAddress: 'Kauffeldts plass 1, 2815 Gjøvik',
      information: { nb: { ...texts, bring: 'Egne medisiner og klær.' } },
    }
    expect((await staff.put('/staff/municipality', update)).status).toBe(200)
    await family.sync()
    expect(family.all('municipality')[0]).toMatchObject(update)
  })

  it('brings the information staff write to every family with their next pull, in Bokmål and English', async () => {
    const family = await world().family('gjovik-forelder-1')
    const staff = await world().as('gjovik-ansatt')
    const information = { nb: texts, en: { ...texts, about: 'Respite gives you regular time off.' } }
    expect((await staff.put('/staff/municipality', { information })).status).toBe(200)
    await family.sync()
    expect(family.all('municipality')[0]?.information).toEqual(information)
  })

  it('refuses information without Bokmål, or with an empty text about what respite is, naming the field', async () => {
    const staff = await world().as('lunner-ansatt')
    const noBokmal = await staff.put('/staff/municipality', { information: { en: texts } })
    const emptyAbout = await staff.put('/staff/municipality', { information: { nb: { ...texts, about: ' ' } } })
    for (const response of [noBokmal, emptyAbout]) {
      expect(response.status).toBe(400)
      expect(response.body).toMatchObject({ error: { code: 'invalid_request' } })
    }
    const family = await world().family('lunner-forelder-3')
    expect(family.all('municipality')[0]?.information?.nb.about).not.toBe(' ')
  })
})
