// How staff get into the console: the municipality's own login first, the demo password form only where
// the server allows it, finishing a sign-in that comes back from the provider, and saying why one failed.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { aMunicipality } from '../../support/calendarBuilders'
import { aPageOf } from '../../support/staffBuilders'
import { testClock } from '../../support/testClock'
import { eventually } from '../support/eventually'
import { fakeStaffApi, json } from './support/fakeStaffApi'
import { mountConsole, staffUser } from './support/mountConsole'

afterEach(() => vi.unstubAllGlobals())

const methods = (password: boolean) => () => ({ idporten: true, staff: true, password })

describe('staff sign-in to the console', () => {
  it("offers the municipality's login as the main way, with the demo password form below it", async () => {
    fakeStaffApi({ 'GET /auth/methods': methods(true) })
    const { wrapper } = await mountConsole('/kommune', { signedIn: false })
    await eventually(() => expect(wrapper.find('a.button').exists()).toBe(true))
    const link = wrapper.get('a.button')
    expect(link.text()).toBe('Logg inn med kommunens innlogging')
    expect(link.attributes('href')).toBe('/api/v1/auth/staff/start?locale=nb')
    expect(wrapper.find('input[name="password"]').exists()).toBe(true)
    expect(wrapper.html().indexOf('a class="button"')).toBeLessThan(wrapper.html().indexOf('name="password"'))
  })

  it('asks staff to sign in again once the session kept in the tab has run out', async () => {
    fakeStaffApi({ 'GET /auth/methods': methods(true) })
    const { wrapper } = await mountConsole('/kommune', { clock: testClock('2099-01-01T00:00:01.000Z') })
    await eventually(() => expect(wrapper.find('input[name="password"]').exists()).toBe(true))
  })

  it('shows no password form where the server allows no passwords', async () => {
    fakeStaffApi({ 'GET /auth/methods': methods(false) })
    const { wrapper } = await mountConsole('/kommune', { signedIn: false })
    await eventually(() => expect(wrapper.find('a.button').exists()).toBe(true))
    expect(wrapper.find('input[name="password"]').exists()).toBe(false)
  })

  it("finishes a sign-in coming back from the municipality's login and shows the overview", async () => {
    const api = fakeStaffApi({
      'GET /auth/methods': methods(false),
      'POST /session/exchange': () => ({
        token: 'staff-token-from-provider-0123',
        expiresAt: '2099-01-01T00:00:00.000Z',
        user: staffUser,
      }),
      'GET /municipality': () => aMunicipality(),
      'GET /staff/change-requests': () => aPageOf([]),
    })
    const code = 'one-time-code-0123456789abcdef'
    const { wrapper, router } = await mountConsole(`/kommune/logg-inn/complete?code=${code}`, { signedIn: false })
    await eventually(() => expect(router.currentRoute.value.name).toBe('console.overview'))
    expect(api.sent('POST', '/session/exchange')[0]?.body).toEqual({ code })
    await eventually(() => expect(wrapper.text()).toContain('Logget inn som Tone Lunde'))
    expect(JSON.parse(localStorage.getItem('pusterom.staffSession') ?? 'null')?.token).toBe(
      'staff-token-from-provider-0123',
    )
  })

  it('asks staff to start again when the code from the login is used or too old', async () => {
    fakeStaffApi({
      'GET /auth/methods': methods(false),
      'POST /session/exchange': () => json(401, { error: { code: 'unauthorized', message: 'sign in again' } }),
    })
    const { wrapper } = await mountConsole('/kommune/logg-inn/complete?code=used-code-0123456789abcdef', {
      signedIn: false,
    })
    await eventually(() =>
      expect(wrapper.find('[role="alert"]').text()).toBe('Innloggingen tok for lang tid. Prøv igjen.'),
    )
  })

  it('tells a person the municipality has not given them access to the console, in their language', async () => {
    fakeStaffApi({ 'GET /auth/methods': methods(false) })
    const { wrapper } = await mountConsole('/kommune/logg-inn?error=notProvisioned', {
      signedIn: false,
      locale: 'nn',
    })
    await eventually(() =>
      expect(wrapper.find('[role="alert"]').text()).toContain('Du har ikkje tilgang til konsollet.'),
    )
    expect(wrapper.get('a.button').text()).toBe('Logg inn med innlogginga til kommunen')
  })
})
