import { afterEach, describe, expect, it, vi } from 'vitest'
import { aPlace, aRecipient, aStay } from '../../support/builders'
import { aMunicipality } from '../../support/calendarBuilders'
import { aPageOf, aStaffChangeRequest, aStaffHousehold } from '../../support/staffBuilders'
import { eventually } from '../support/eventually'
import { fakeStaffApi } from './support/fakeStaffApi'
import { mountConsole } from './support/mountConsole'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

const noah = aRecipient({ name: 'Noah' })
const ida = aRecipient({ name: 'Ida' })
const haddad = aStaffHousehold({ recipients: [noah, ida].map((child) => ({ ...child, decisions: [] })) })
const place = aPlace({ name: 'Solsikken avlastningsbolig' })

describe('the overview, the console’s first screen', () => {
  it('counts the waiting and late requests, on the screen, on the menu and in the tab’s title', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-12-02T09:00:00.000Z') })
    fakeStaffApi({
      'GET /municipality': () => aMunicipality({ name: 'Lunner kommune' }),
      'GET /staff/change-requests': () =>
        aPageOf([aStaffChangeRequest({ onTime: false }), aStaffChangeRequest({ onTime: true })]),
      'GET /staff/households': () => aPageOf([haddad]),
      'GET /staff/places': () => aPageOf([{ ...place, capacity: null }]),
      'GET /staff/stays': () => aPageOf([]),
    })
    const { wrapper } = await mountConsole('/kommune')
    await eventually(() => expect(wrapper.get('[data-testid="overview-waiting"]').text()).toBe('2 forespørsler venter'))
    expect(wrapper.get('[data-testid="overview-late"]').text()).toBe('1 kom for sent')
    expect(wrapper.get('[data-testid="console-nav-waiting"]').text()).toBe('2')
    await eventually(() => expect(document.title).toBe('(2) Oversikt – Pusterom for kommunen'))
  })

  it('shows who arrives and leaves today and this week', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-12-02T09:00:00.000Z') })
    const today = aStay({
      recipientId: noah.id,
      placeId: place.id,
      start: '2026-12-02T15:00:00.000Z',
      end: '2026-12-04T15:00:00.000Z',
    })
    const friday = aStay({
      recipientId: ida.id,
      placeId: place.id,
      start: '2026-12-04T15:00:00.000Z',
      end: '2026-12-06T15:00:00.000Z',
    })
    fakeStaffApi({
      'GET /municipality': () => aMunicipality({ name: 'Lunner kommune' }),
      'GET /staff/change-requests': () => aPageOf([]),
      'GET /staff/households': () => aPageOf([haddad]),
      'GET /staff/places': () => aPageOf([{ ...place, capacity: null }]),
      'GET /staff/stays': () =>
        aPageOf([today, friday].map((stay) => ({ ...stay, householdId: haddad.id, state: 'planned' }))),
    })
    const { wrapper } = await mountConsole('/kommune/oversikt')
    await eventually(() => expect(wrapper.get('[data-testid="overview-arrivals-today"]').text()).toContain('Noah'))
    expect(wrapper.get('[data-testid="overview-arrivals-today"]').text()).toContain('Solsikken avlastningsbolig')
    expect(wrapper.get('[data-testid="overview-arrivals-today"]').text()).not.toContain('Ida')
    expect(wrapper.get('[data-testid="overview-departures-today"]').text()).toContain('Ingen.')
    expect(wrapper.get('[data-testid="overview-arrivals-week"]').text()).toContain('Ida')
    expect(wrapper.get('[data-testid="overview-departures-week"]').text()).toContain('Noah')
  })
})
