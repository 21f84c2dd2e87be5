import { afterEach, describe, expect, it, vi } from 'vitest'
import { aPlace, aRecipient, aStay } from '../../support/builders'
import { aDecision, aMunicipality } from '../../support/calendarBuilders'
import {
  aPageOf,
  aStaffChangeRequest,
  aCaregiver,
  aStaffHousehold,
  aStaffSummerApplication,
} from '../../support/staffBuilders'
import { eventually } from '../support/eventually'
import { fakeStaffApi } from './support/fakeStaffApi'
import { mountConsole } from './support/mountConsole'

afterEach(() => vi.unstubAllGlobals())

const ida = aRecipient({ name: 'Ida' })
const berg = aStaffHousehold({
  caregivers: [
    aCaregiver('Hanne Berg', { id: '00000000-0000-4000-8000-00000000d001' }),
    aCaregiver('Eirik Berg', { id: '00000000-0000-4000-8000-00000000d002' }),
  ],
  recipients: [
    {
      ...ida,
      decisions: [
        {
          ...aDecision({ recipientId: ida.id, amount: 4, unit: 'days', period: 'month', validFrom: '2026-01-01' }),
          use: { periodFrom: '2026-11-01', periodUntil: '2026-12-01', granted: 4, used: 2, planned: 1, remaining: 1 },
        },
      ],
    },
  ],
})

describe('the households screen', () => {
  it('lists the households with parents and children, and shows a child’s decision and its use', async () => {
    fakeStaffApi({
      'GET /municipality': () => aMunicipality(),
      'GET /staff/households': () => aPageOf([berg]),
      [`GET /staff/households/${berg.id}`]: () => berg,
    })
    const { wrapper } = await mountConsole('/kommune/husstander')
    await eventually(() => expect(wrapper.text()).toContain('Hanne Berg, Eirik Berg'))
    expect(wrapper.text()).toContain('Barn: Ida')
    await wrapper.get(`a[href="/kommune/husstander/${berg.id}"]`).trigger('click')
    await eventually(() => expect(wrapper.text()).toContain('Vedtak for Ida'))
    expect(wrapper.text()).toContain('4 døgn per måned')
    expect(wrapper.get('[data-testid="decision-use"]').text()).toBe('Denne perioden: 2 brukt, 1 planlagt, 1 igjen')
  })

  it('searches by name', async () => {
    const api = fakeStaffApi({ 'GET /municipality': () => aMunicipality(), 'GET /staff/households': () => aPageOf([]) })
    const { wrapper } = await mountConsole('/kommune/husstander')
    await wrapper.get('input[type="search"]').setValue('Haddad')
    await eventually(() => expect(api.sent('GET', '/staff/households').at(-1)?.query.get('name')).toBe('Haddad'))
  })
})

describe('one household', () => {
  it('shows how to reach each caregiver: a phone number to tap and call, the address, and what is not recorded', async () => {
    const household = aStaffHousehold({
      caregivers: [
        aCaregiver('Hanne Berg', { phone: '+47 412 34 567', address: 'Bjørgeveien 12, 2740 Roa' }),
        aCaregiver('Eirik Berg'),
      ],
    })
    fakeStaffApi({
      'GET /municipality': () => aMunicipality(),
      [`GET /staff/households/${household.id}`]: () => household,
    })
    const { wrapper } = await mountConsole(`/kommune/husstander/${household.id}`)
    await eventually(() => expect(wrapper.findAll('[data-testid="caregiver"]')).toHaveLength(2))
    const [hanne, eirik] = wrapper.findAll('[data-testid="caregiver"]')
    expect(hanne!.get('a').attributes('href')).toBe('tel:+4741234567')
    expect(hanne!.text()).toContain('Telefon+47 412 34 567')
    expect(hanne!.text()).toContain('AdresseBjørgeveien 12, 2740 Roa')
    expect(eirik!.text()).toBe('Eirik BergTelefonIkke registrertAdresseIkke registrert')
  })

  it('shows the family’s requests with their answer, and its summer applications, asking for this household’s only', async () => {
    const request = aStaffChangeRequest({ child: 'Ida', householdId: berg.id, status: 'declined' })
    const application = aStaffSummerApplication({ child: 'Ida', householdId: berg.id, status: 'granted' })
    const api = fakeStaffApi({
      'GET /municipality': () => aMunicipality(),
      [`GET /staff/households/${berg.id}`]: () => berg,
      'GET /staff/change-requests': () => aPageOf([request]),
      'GET /staff/summer-applications': () => aPageOf([application]),
    })
    const { wrapper } = await mountConsole(`/kommune/husstander/${berg.id}`)
    await eventually(() => expect(wrapper.get('[data-testid="household-requests"]').text()).toContain('Avslått'))
    expect(wrapper.get('[data-testid="household-requests"]').text()).toContain('Ida')
    expect(wrapper.get('[data-testid="household-summer"]').text()).toContain('2027 · Ida · Innvilget')
    const askedFor = (path: string) => api.sent('GET', path).map((call) => call.query.get('householdId'))
    expect(askedFor('/staff/change-requests')).toContain(berg.id)
    expect(askedFor('/staff/summer-applications')).toContain(berg.id)
  })
})

describe('finding one household', () => {
  const householdApi = () =>
    fakeStaffApi({
      'GET /municipality': () => aMunicipality(),
      'GET /staff/households': () => aPageOf([berg]),
      [`GET /staff/households/${berg.id}`]: () => berg,
    })
  const tab = (wrapper: Awaited<ReturnType<typeof mountConsole>>['wrapper'], name: string) =>
    wrapper.findAll('nav a').find((link) => link.text() === name)!

  it('keeps the households tab marked while staff read one household, and leads back to the list', async () => {
    householdApi()
    const { wrapper, router } = await mountConsole('/kommune/husstander')
    await eventually(() => expect(wrapper.find(`a[href="/kommune/husstander/${berg.id}"]`).exists()).toBe(true))
    expect(tab(wrapper, 'Husstander').attributes('aria-current')).toBe('page')
    await wrapper.get(`a[href="/kommune/husstander/${berg.id}"]`).trigger('click')
    await eventually(() => expect(wrapper.text()).toContain('Vedtak for Ida'))
    expect(tab(wrapper, 'Husstander').attributes('aria-current')).toBe('true')
    expect(tab(wrapper, 'Husstander').classes()).toContain('console-nav__link--current')
    expect(tab(wrapper, 'Forespørsler').attributes('aria-current')).toBeUndefined()
    await wrapper.get('a[href="/kommune/husstander"]:not(nav a)').trigger('click')
    await eventually(() => expect(router.currentRoute.value.name).toBe('console.households'))
    await eventually(() => expect(wrapper.text()).toContain('Barn: Ida'))
  })

  it('leads from a family’s request to the household, named by its caregivers', async () => {
    const request = aStaffChangeRequest({ child: 'Ida', householdId: berg.id, householdName: 'Eirik Berg, Hanne Berg' })
    fakeStaffApi({
      'GET /municipality': () => aMunicipality(),
      'GET /staff/change-requests': () => aPageOf([request]),
      [`GET /staff/households/${berg.id}`]: () => berg,
    })
    const { wrapper, router } = await mountConsole('/kommune/foresporsler')
    await eventually(() => expect(wrapper.find('[data-testid="household-link"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="household-link"]').text()).toBe('Eirik Berg, Hanne Berg')
    await wrapper.get('[data-testid="household-link"]').trigger('click')
    await eventually(() => expect(router.currentRoute.value.params.id).toBe(berg.id))
    await eventually(() => expect(wrapper.text()).toContain('Vedtak for Ida'))
  })
})

describe('a household that is not there', () => {
  it('says it was not found, rather than asking to try again', async () => {
    const missing = '00000000-0000-4000-8000-00000000dead'
    fakeStaffApi({ 'GET /municipality': () => aMunicipality() })
    const { wrapper } = await mountConsole(`/kommune/husstander/${missing}`)
    await eventually(() =>
      expect(wrapper.get('[role="alert"]').text()).toBe(
        'Fant ikke husstanden. Den finnes ikke, eller den hører til en annen kommune.',
      ),
    )
    expect(wrapper.text()).not.toContain('Prøv igjen')
  })
})

describe('the household page', () => {
  it('shows each child’s birth date and allergies, the stays and the messages the family got', async () => {
    const maja = aRecipient({ name: 'Maja', birthDate: '2015-03-09', allergies: 'Nøtter' })
    const haddad = aStaffHousehold({ recipients: [{ ...maja, decisions: [] }] })
    const stay = { ...aStay({ recipientId: maja.id, placeId: aPlace().id }), householdId: haddad.id, state: 'planned' }
    const message = {
      id: '00000000-0000-4000-8000-00000000e001',
      kind: 'stayPlanned',
      title: 'Opphold planlagt',
      body: 'Kommunen har planlagt et opphold.',
      stayId: stay.id,
      changeRequestId: null,
      createdAt: '2026-11-25T09:00:00.000Z',
      readAt: null,
      facts: null,
      householdId: haddad.id,
    }
    fakeStaffApi({
      'GET /municipality': () => aMunicipality(),
      [`GET /staff/households/${haddad.id}`]: () => haddad,
      [`GET /staff/households/${haddad.id}/notes`]: () => ({ items: [] }),
      'GET /staff/stays': (call) => aPageOf(call.query.get('recipientId') === maja.id ? [stay] : []),
      'GET /staff/messages': (call) => aPageOf(call.query.get('householdId') === haddad.id ? [message] : []),
    })
    const { wrapper } = await mountConsole(`/kommune/husstander/${haddad.id}`)
    await eventually(() => expect(wrapper.text()).toContain('Nøtter'))
    expect(wrapper.text()).toContain('9. mars 2015')
    await eventually(() => expect(wrapper.get('[data-testid="household-stays"]').text()).toContain('Maja ·'))
    await eventually(() =>
      expect(wrapper.get('[data-testid="household-messages"]').text()).toContain('Opphold planlagt'),
    )
  })
})
