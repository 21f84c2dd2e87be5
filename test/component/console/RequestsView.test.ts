import { afterEach, describe, expect, it, vi } from 'vitest'
import { aMunicipality } from '../../support/calendarBuilders'
import { aPageOf, aStaffChangeRequest } from '../../support/staffBuilders'
import { eventually } from '../support/eventually'
import { fakeStaffApi } from './support/fakeStaffApi'
import { mountConsole } from './support/mountConsole'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

const lunner = aMunicipality({ name: 'Lunner kommune' })
const gjovik = aMunicipality({ name: 'Gjøvik kommune', changeDeadline: null })

describe('the requests screen', () => {
  it('shows each waiting request with the child, the family’s message and whether it came on time', async () => {
    const late = aStaffChangeRequest({ child: 'Noah', onTime: false, message: 'Noah er syk.' })
    const onTime = aStaffChangeRequest({ child: 'Ida', onTime: true, type: 'changeTime', message: '' })
    fakeStaffApi({
      'GET /municipality': () => lunner,
      'GET /staff/change-requests': () => aPageOf([late, onTime]),
    })
    const { wrapper } = await mountConsole('/kommune/foresporsler')
    await eventually(() => expect(wrapper.findAll('[data-testid="console-request"]')).toHaveLength(2))
    const [first, second] = wrapper.findAll('[data-testid="console-request"]')
    expect(first?.text()).toContain('Noah · Ikke behov')
    expect(first?.text()).toContain('For sent')
    expect(first?.text()).toContain('Noah er syk.')
    expect(second?.text()).toContain('Ida · Ny tid')
    expect(second?.text()).toContain('I tide')
  })

  it('confirms a "not needed" notice where the municipality’s rule makes it one, with a note the family sees', async () => {
    const request = aStaffChangeRequest({ child: 'Ida' })
    const api = fakeStaffApi({
      'GET /municipality': () => lunner,
      'GET /staff/change-requests': () => aPageOf([request]),
      [`POST /staff/change-requests/${request.id}/decision`]: () => ({ ...request, status: 'accepted' }),
    })
    const { wrapper } = await mountConsole('/kommune/foresporsler')
    await eventually(() => expect(wrapper.text()).toContain('Bekreft mottatt'))
    expect(wrapper.text()).not.toContain('Avslå')
    await wrapper.get('[data-testid="console-request"] button').trigger('click')
    await eventually(() => expect(wrapper.text()).toContain('Svaret er sendt til familien.'))
    expect(api.sent('POST', `/staff/change-requests/${request.id}/decision`)[0]?.body).toEqual({
      status: 'accepted',
      note: 'Beskjeden er mottatt.',
    })
    expect(wrapper.findAll('[data-testid="console-request"]')).toHaveLength(0)
  })

  it('lets staff decline a request after a confirmation, with a reason and their note', async () => {
    const request = aStaffChangeRequest({ child: 'Magnus', onTime: null })
    const api = fakeStaffApi({
      'GET /municipality': () => gjovik,
      'GET /staff/change-requests': () => aPageOf([request]),
      [`POST /staff/change-requests/${request.id}/decision`]: () => ({ ...request, status: 'declined' }),
    })
    const { wrapper } = await mountConsole('/kommune/foresporsler')
    await eventually(() => expect(wrapper.text()).toContain('Ingen frist'))
    await wrapper.get('textarea').setValue('Vi har ingen ledig plass den dagen.')
    const button = (text: string) => wrapper.findAll('button').find((each) => each.text() === text)
    await button('Avslå')?.trigger('click')
    expect(api.sent('POST', `/staff/change-requests/${request.id}/decision`)).toEqual([])
    expect(wrapper.get('[data-testid="reason-confirm"]').text()).toContain('Avslå ønsket fra familien til Magnus?')
    await wrapper.get('[data-testid="reason-confirm"] select').setValue('noRoom')
    await button('Ja, avslå')?.trigger('click')
    await eventually(() =>
      expect(api.sent('POST', `/staff/change-requests/${request.id}/decision`)[0]?.body).toEqual({
        status: 'declined',
        reason: 'noRoom',
        note: 'Vi har ingen ledig plass den dagen.',
      }),
    )
  })

  it('shows a new request within ten seconds without a reload', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    let waiting = [aStaffChangeRequest({ child: 'Ida' })]
    fakeStaffApi({
      'GET /municipality': () => lunner,
      'GET /staff/change-requests': () => aPageOf(waiting),
    })
    const { wrapper } = await mountConsole('/kommune/foresporsler')
    await eventually(() => expect(wrapper.findAll('[data-testid="console-request"]')).toHaveLength(1))
    waiting = [...waiting, aStaffChangeRequest({ child: 'Maja' })]
    await vi.advanceTimersByTimeAsync(10_000)
    await eventually(() => expect(wrapper.text()).toContain('Maja'))
  })

  it('reads in English when staff choose English', async () => {
    fakeStaffApi({
      'GET /municipality': () => lunner,
      'GET /staff/change-requests': () => aPageOf([aStaffChangeRequest({ onTime: false })]),
    })
    const { wrapper } = await mountConsole('/kommune/foresporsler', { locale: 'en' })
    await eventually(() => expect(wrapper.text()).toContain('Confirm received'))
    expect(wrapper.text()).toContain('Late')
  })
})

describe('the console’s address', () => {
  it('opens on the overview when staff go to /kommune', async () => {
    fakeStaffApi({ 'GET /municipality': () => lunner, 'GET /staff/change-requests': () => aPageOf([]) })
    const { router } = await mountConsole('/kommune')
    expect(router.currentRoute.value.name).toBe('console.overview')
  })

  it('asks staff to sign in first, and refuses a family’s account', async () => {
    fakeStaffApi({
      'GET /auth/methods': () => ({ idporten: true, staff: true, password: true }),
      'POST /session': () => ({
        token: 'family-token-0123456789abcdef',
        expiresAt: '2099-01-01T00:00:00.000Z',
        user: {
          id: '00000000-0000-4000-8000-00000000c001',
          name: 'Hanne Berg',
          role: 'caregiver',
          householdId: '00000000-0000-4000-8000-00000000c002',
          municipalityId: '00000000-0000-4000-8000-00000000b001',
        },
      }),
      'DELETE /session': () => ({}),
    })
    const { wrapper } = await mountConsole('/kommune', { signedIn: false })
    await eventually(() => expect(wrapper.find('input[name="username"]').exists()).toBe(true))
    await wrapper.get('input[name="username"]').setValue('lunner-forelder-1')
    await wrapper.get('input[name="password"]').setValue('demo')
    await wrapper.get('form').trigger('submit')
    await eventually(() =>
      expect(wrapper.get('[role="alert"]').text()).toBe('Denne kontoen er ikke en ansattkonto. Familier bruker appen.'),
    )
    expect(localStorage.getItem('pusterom.staffSession')).toBeNull()
  })
})
