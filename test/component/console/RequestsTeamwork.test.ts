import { afterEach, describe, expect, it, vi } from 'vitest'
import { aMunicipality } from '../../support/calendarBuilders'
import { aPageOf, aStaffChangeRequest } from '../../support/staffBuilders'
import { eventually } from '../support/eventually'
import { fakeStaffApi, json } from './support/fakeStaffApi'
import { mountConsole, staffUser } from './support/mountConsole'

afterEach(() => vi.unstubAllGlobals())

const gjovik = aMunicipality({ name: 'Gjøvik kommune', changeDeadline: null })
const ola = { userId: '00000000-0000-4000-8000-00000000a002', name: 'Ola Dahl', at: '2026-12-01T09:15:00.000Z' }

describe('staff working together on the requests screen', () => {
  it('says who answered first when a colleague was quicker, and takes the answer buttons away', async () => {
    const request = aStaffChangeRequest({ child: 'Magnus', onTime: null })
    fakeStaffApi({
      'GET /municipality': () => gjovik,
      'GET /staff/change-requests': () => aPageOf([request]),
      [`POST /staff/change-requests/${request.id}/decision`]: () =>
        json(409, {
          error: {
            code: 'conflict',
            message: 'The request has already been answered',
            answered: { by: 'Ola Dahl', at: '2026-12-01T09:15:00.000Z' },
          },
        }),
    })
    const { wrapper } = await mountConsole('/kommune/foresporsler')
    await eventually(() => expect(wrapper.text()).toContain('Godta'))
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Godta')!
      .trigger('click')
    await eventually(() =>
      expect(wrapper.get('[role="status"]').text()).toBe(
        'Svaret ditt er ikke sendt: Ola Dahl svarte allerede 1. desember 2026 10.15.',
      ),
    )
    expect(wrapper.get('[data-testid="console-request-answered-elsewhere"]').text()).toContain('Ola Dahl')
    expect(wrapper.findAll('button').some((button) => button.text() === 'Godta')).toBe(false)
    expect(wrapper.text()).not.toContain('Fikk ikke hentet')
    expect(document.activeElement).toBe(wrapper.get('[role="status"]').element)
  })

  it('shows who has taken a request, and lets staff take one themselves', async () => {
    const taken = aStaffChangeRequest({ child: 'Noah', claimedBy: ola })
    const free = aStaffChangeRequest({ child: 'Ida' })
    const api = fakeStaffApi({
      'GET /municipality': () => gjovik,
      'GET /staff/change-requests': () => aPageOf([taken, free]),
      [`POST /staff/change-requests/${free.id}/claim`]: () => new Response(null, { status: 204 }),
    })
    const { wrapper } = await mountConsole('/kommune/foresporsler')
    await eventually(() => expect(wrapper.findAll('[data-testid="console-request"]')).toHaveLength(2))
    const [first, second] = wrapper.findAll('[data-testid="console-request"]')
    expect(first!.get('[data-testid="console-request-claimed"]').text()).toBe(
      'Ola Dahl tok denne 1. desember 2026 10.15',
    )
    await second!
      .findAll('button')
      .find((button) => button.text() === 'Jeg tar denne')!
      .trigger('click')
    await eventually(() =>
      expect(api.sent('POST', `/staff/change-requests/${free.id}/claim`)[0]?.body).toEqual({ take: true }),
    )
    expect(staffUser.id).not.toBe(ola.userId)
  })

  it('lists the answered requests with who answered them', async () => {
    const answered = aStaffChangeRequest({
      child: 'Maja',
      status: 'declined',
      answeredAt: ola.at,
      answeredBy: ola,
    })
    fakeStaffApi({
      'GET /municipality': () => gjovik,
      'GET /staff/change-requests': (call) => aPageOf(call.query.get('state') === 'answered' ? [answered] : []),
    })
    const { wrapper } = await mountConsole('/kommune/foresporsler')
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Vis besvarte')!
      .trigger('click')
    await eventually(() => expect(wrapper.find('[data-testid="console-requests-handled"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="console-requests-handled"]').text()).toContain('Maja · Ikke behov')
    expect(wrapper.get('[data-testid="console-requests-handled"]').text()).toContain('Avslått')
    expect(wrapper.get('[data-testid="console-requests-handled"]').text()).toContain('Ola Dahl, 1. desember 2026 10.15')
  })

  it('shows new requests visibly, not only to screen readers', async () => {
    fakeStaffApi({ 'GET /municipality': () => gjovik, 'GET /staff/change-requests': () => aPageOf([]) })
    const { wrapper } = await mountConsole('/kommune/foresporsler')
    expect(wrapper.get('[data-testid="console-requests-arrived"]').classes()).not.toContain('visually-hidden')
  })
})
