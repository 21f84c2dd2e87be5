import { afterEach, describe, expect, it, vi } from 'vitest'
import { aMunicipality } from '../../support/calendarBuilders'
import { aPageOf, aStaffChangeRequest, aStaffHousehold } from '../../support/staffBuilders'
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
