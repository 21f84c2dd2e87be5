import { describe, expect, it } from 'vitest'
import type { RespiteInformationTexts } from '../../../src/protocol'
import { aHousehold } from '../../support/calendarHousehold'
import { eventually } from '../support/eventually'
import { mountScreen } from '../support/mountScreen'

const nb: RespiteInformationTexts = {
  about: 'Avlastning gir deg regelmessig fri.',
  expect: 'Vi har taushetsplikt.',
  assessed: 'Nattarbeid og avbrutt søvn.',
  notGrounds: 'Behov for barnevakt.',
  apply: 'Søk elektronisk eller på papir.',
  cost: 'Tjenesten er gratis.',
  transport: '',
}
const contacts = [{ name: 'Tildeling og koordinering', phone: '+47 400 02 200', email: 'tildeling@example.test' }]
const where = {
  applyUrl: 'https://kommune.example.test/sok',
  postalAddress: 'Postboks 1, 2800 Kommunen',
  contacts,
}

describe('the municipality’s information page', () => {
  it('shows the municipality’s texts, the electronic form, the postal address and contacts to call or e-mail', async () => {
    await aHousehold({ information: { nb }, ...where })
    const { wrapper } = await mountScreen('/om-avlastning', { now: '2026-11-23T09:00:00.000Z' })
    await eventually(() => expect(wrapper.text()).toContain('Avlastning gir deg regelmessig fri.'))
    expect(wrapper.get('[data-testid="info-cost"]').text()).toContain('Tjenesten er gratis.')
    expect(wrapper.get('[data-testid="info-apply-url"]').attributes('href')).toBe('https://kommune.example.test/sok')
    expect(wrapper.get('[data-testid="info-postal-address"]').text()).toBe('Postboks 1, 2800 Kommunen')
    expect(wrapper.find('[data-testid="info-transport"]').exists()).toBe(false)
    expect(wrapper.get('a[href^="tel:"]').attributes('href')).toBe('tel:+4740002200')
    expect(wrapper.get('a[href^="mailto:"]').attributes('href')).toBe('mailto:tildeling@example.test')
  })

  it('shows the Nynorsk texts in Nynorsk, and Bokmål where the municipality wrote none in the language', async () => {
    const nn = { ...nb, about: 'Avlasting gir deg fri jamleg.' }
    await aHousehold({ information: { nb, nn }, ...where })
    const { wrapper } = await mountScreen('/om-avlastning', { now: '2026-11-23T09:00:00.000Z', locale: 'nn' })
    await eventually(() => expect(wrapper.text()).toContain('Avlasting gir deg fri jamleg.'))
    expect(wrapper.text()).toContain('Kva er avlasting?')
    const english = await mountScreen('/om-avlastning', { now: '2026-11-23T09:00:00.000Z', locale: 'en' })
    await eventually(() => expect(english.wrapper.text()).toContain('Avlastning gir deg regelmessig fri.'))
  })

  it('says what to bring, after what the family can expect', async () => {
    await aHousehold({ information: { nb: { ...nb, bring: 'Egne medisiner, oppdatert medisinliste og klær.' } } })
    const { wrapper } = await mountScreen('/om-avlastning', { now: '2026-11-23T09:00:00.000Z' })
    await eventually(() => expect(wrapper.find('[data-testid="info-bring"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="info-bring"] p').text()).toBe('Egne medisiner, oppdatert medisinliste og klær.')
    const headings = wrapper.findAll('h2').map((heading) => heading.text())
    expect(headings.indexOf('Dette tar dere med')).toBe(headings.indexOf('Hva dere kan forvente') + 1)
  })

  it('links to the paper form and gives the office’s visiting address where the municipality has them', async () => {
    await aHousehold({
      information: { nb },
      ...where,
      paperFormUrl: 'https://kommune.example.test/papirskjema.pdf',
      visitingAddress: 'Tildeling og koordinering, Kauffeldts plass 1, 2815 Gjøvik',
    })
    const { wrapper } = await mountScreen('/om-avlastning', { now: '2026-11-23T09:00:00.000Z' })
    await eventually(() => expect(wrapper.find('[data-testid="info-paper-form"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="info-paper-form"]').attributes('href')).toBe(
      'https://kommune.example.test/papirskjema.pdf',
    )
    expect(wrapper.get('[data-testid="info-visiting-address"]').text()).toBe(
      'Besøksadresse: Tildeling og koordinering, Kauffeldts plass 1, 2815 Gjøvik',
    )
  })

  it('keeps every topic the municipality has not written in Nynorsk, in Bokmål, once one topic is', async () => {
    const nn = {
      about: 'Avlasting gir deg fri jamleg.',
      expect: '',
      assessed: '',
      notGrounds: '',
      apply: '',
      cost: '',
      transport: '',
    }
    await aHousehold({ information: { nb, nn }, ...where })
    const { wrapper } = await mountScreen('/om-avlastning', { now: '2026-11-23T09:00:00.000Z', locale: 'nn' })
    await eventually(() => expect(wrapper.text()).toContain('Avlasting gir deg fri jamleg.'))
    expect(wrapper.get('[data-testid="info-cost"]').text()).toContain('Tjenesten er gratis.')
    expect(wrapper.get('[data-testid="info-cost"] [lang="nb"]').text()).toBe('Tjenesten er gratis.')
    expect(wrapper.get('[data-testid="info-apply"]').text()).toContain('Søk elektronisk eller på papir.')
  })

  it('asks the family to contact the municipality where it has written nothing yet', async () => {
    await aHousehold({ contacts })
    const { wrapper } = await mountScreen('/om-avlastning', { now: '2026-11-23T09:00:00.000Z' })
    await eventually(() => expect(wrapper.text()).toContain('Kommunen har ikke lagt ut informasjon ennå'))
    expect(wrapper.find('a[href^="tel:"]').exists()).toBe(true)
  })
})
