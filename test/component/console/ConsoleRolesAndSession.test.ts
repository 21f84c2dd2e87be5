import { afterEach, describe, expect, it, vi } from 'vitest'
import { aDecision, aMunicipality } from '../../support/calendarBuilders'
import { aRecipient } from '../../support/builders'
import { aPageOf, aStaffChangeRequest, aStaffHousehold, aStaffSummerApplication } from '../../support/staffBuilders'
import { eventually } from '../support/eventually'
import { fakeStaffApi } from './support/fakeStaffApi'
import { mountConsole } from './support/mountConsole'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

const gjovik = aMunicipality({ name: 'Gjøvik kommune', changeDeadline: null })

describe('read-only staff in the console', () => {
  it('see the waiting requests without the buttons to answer or take them', async () => {
    fakeStaffApi({
      'GET /municipality': () => gjovik,
      'GET /staff/change-requests': () => aPageOf([aStaffChangeRequest({ child: 'Noah', onTime: null })]),
    })
    const { wrapper } = await mountConsole('/kommune/foresporsler', { staffRole: 'readOnly' })
    await eventually(() => expect(wrapper.text()).toContain('Noah · Ikke behov'))
    const labels = wrapper
      .get('[data-testid="console-request"]')
      .findAll('button')
      .map((button) => button.text())
    expect(labels).toEqual([])
  })

  it('see the notices sent but no form to send one', async () => {
    fakeStaffApi({
      'GET /municipality': () => gjovik,
      'GET /staff/households': () => aPageOf([aStaffHousehold()]),
      'GET /staff/notices': () => aPageOf([]),
    })
    const { wrapper } = await mountConsole('/kommune/beskjeder', { staffRole: 'readOnly' })
    await eventually(() => expect(wrapper.text()).toContain('Ingen beskjeder er sendt.'))
    expect(wrapper.find('select[name="to"]').exists()).toBe(false)
  })
})

describe('staff who may not change a screen', () => {
  it('see a summer application waiting, without the buttons to grant or decline it', async () => {
    fakeStaffApi({
      'GET /municipality': () => gjovik,
      'GET /staff/summer-applications': () => aPageOf([aStaffSummerApplication({ child: 'Noah' })]),
    })
    const { wrapper } = await mountConsole('/kommune/sommer', { staffRole: 'readOnly' })
    await eventually(() => expect(wrapper.text()).toContain('Noah · Venter på svar'))
    expect(wrapper.get('[data-testid="summer-application"]').findAll('button')).toHaveLength(0)
    expect(wrapper.get('[data-testid="summer-application"]').find('textarea').exists()).toBe(false)
  })

  it('see a child’s decisions, without the forms to add or change one', async () => {
    const ida = aRecipient({ name: 'Ida' })
    const household = aStaffHousehold({
      recipients: [{ ...ida, decisions: [{ ...aDecision({ recipientId: ida.id }), use: null }] }],
    })
    fakeStaffApi({
      'GET /municipality': () => gjovik,
      [`GET /staff/households/${household.id}`]: () => household,
    })
    const { wrapper } = await mountConsole(`/kommune/husstander/${household.id}`, { staffRole: 'readOnly' })
    await eventually(() => expect(wrapper.text()).toContain('Vedtak for Ida'))
    expect(wrapper.findAll('details')).toHaveLength(0)
  })

  it('read the information with every field shut and no save button, and are told why', async () => {
    fakeStaffApi({ 'GET /municipality': () => gjovik })
    const { wrapper } = await mountConsole('/kommune/informasjon', { staffRole: 'planner' })
    await eventually(() => expect(wrapper.find('[data-testid="information-read-only"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="information-read-only"]').text()).toContain('men ikke endre den')
    expect(wrapper.findAll('button[type="submit"]')).toHaveLength(0)
    // Every setting sits in the one shut fieldset (the browser disables what is inside it); the families' texts
    // can be read, and their language chosen, but not written.
    const shut = wrapper.get('form fieldset[disabled]')
    for (const name of ['hasDeadline', 'hasSummer', 'applyUrl', 'postalAddress'])
      expect(shut.find(`[name="${name}"]`).exists(), name).toBe(true)
    const texts = wrapper.findAll('textarea[name^="information."]')
    expect(texts.length).toBeGreaterThan(0)
    expect(texts.every((text) => text.attributes('readonly') !== undefined)).toBe(true)
    const languages = wrapper.findAll('input[name="textsLanguage"]')
    expect(languages.every((radio) => radio.element.closest('fieldset[disabled]') === null)).toBe(true)
  })

  it('who are caseworkers keep the save button and open fields', async () => {
    fakeStaffApi({ 'GET /municipality': () => gjovik })
    const { wrapper } = await mountConsole('/kommune/informasjon', { staffRole: 'caseworker' })
    await eventually(() => expect(wrapper.findAll('button[type="submit"]')).toHaveLength(1))
    expect(wrapper.find('[data-testid="information-read-only"]').exists()).toBe(false)
  })
})

describe('the console’s session', () => {
  it('asks to sign in again after 15 minutes without activity', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    fakeStaffApi({
      'GET /municipality': () => gjovik,
      'GET /staff/change-requests': () => aPageOf([]),
      'GET /auth/methods': () => ({ idporten: true, staff: true, password: true }),
      'POST /auth/sign-out': () => ({ endSessionUrl: null }),
    })
    const { wrapper } = await mountConsole('/kommune/foresporsler')
    await eventually(() => expect(wrapper.text()).toContain('Ingen forespørsler venter.'))
    await vi.advanceTimersByTimeAsync(14 * 60_000)
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }))
    await vi.advanceTimersByTimeAsync(14 * 60_000)
    expect(wrapper.text()).toContain('Ingen forespørsler venter.')
    // The lock looks every half minute.
    await vi.advanceTimersByTimeAsync(60_000 + 30_000)
    await eventually(() =>
      expect(wrapper.text()).toContain('Konsollen ble låst etter 15 minutter uten aktivitet. Logg inn igjen.'),
    )
    expect(localStorage.getItem('pusterom.staffSession')).toBeNull()
  })

  it('is shared by the console’s tabs: signing out in one signs out the others', async () => {
    fakeStaffApi({
      'GET /municipality': () => gjovik,
      'GET /staff/change-requests': () => aPageOf([]),
      'GET /auth/methods': () => ({ idporten: true, staff: true, password: true }),
    })
    const { wrapper } = await mountConsole('/kommune/foresporsler')
    await eventually(() => expect(wrapper.text()).toContain('Logget inn som Tone Lunde'))
    expect(localStorage.getItem('pusterom.staffSession')).not.toBeNull()
    localStorage.removeItem('pusterom.staffSession')
    window.dispatchEvent(new StorageEvent('storage', { key: 'pusterom.staffSession', newValue: null }))
    await eventually(() => expect(wrapper.text()).not.toContain('Logget inn som Tone Lunde'))
  })
})
