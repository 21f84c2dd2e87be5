import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ClosedHousehold } from '../../../src/protocol'
import { aClosedHousehold, aStaffHousehold } from '../../support/staffBuilders'
import { aMunicipality } from '../../support/calendarBuilders'
import { eventually } from '../support/eventually'
import { fakeStaffApi } from './support/fakeStaffApi'
import { mountConsole } from './support/mountConsole'

afterEach(() => vi.unstubAllGlobals())

function closedHouseholds(pages: Record<string, { items: ClosedHousehold[]; nextCursor: string | null }>) {
  return fakeStaffApi({
    'GET /municipality': () => aMunicipality(),
    'GET /staff/closed-households': (call) => ({ retentionDays: 365, ...pages[call.query.get('cursor') ?? 'first']! }),
  })
}

const rows = (wrapper: Awaited<ReturnType<typeof mountConsole>>['wrapper']) =>
  wrapper.findAll('[data-testid="retention-household"]')

describe('the screen of what will be deleted and when', () => {
  it('shows each closed household, why it closed, since when, and the day its data is deleted', async () => {
    closedHouseholds({ first: { items: [aClosedHousehold()], nextCursor: null } })
    const { wrapper } = await mountConsole('/kommune/sletting')
    await eventually(() => expect(rows(wrapper)).toHaveLength(1))
    const row = rows(wrapper)[0]!.text()
    expect(row).toContain('Siri Lukk')
    expect(row).toContain('Tuva')
    expect(row).toContain('Siste vedtak gjaldt til 30. september 2026.')
    expect(row).toContain('Siste opphold sluttet 20. september 2026.')
    expect(row).toContain('1. oktober 2026')
    expect(row).toContain('1. oktober 2027')
    expect(wrapper.text()).toContain('365 dager etter at tjenesten ble avsluttet')
  })

  it('says so when no household is closed', async () => {
    closedHouseholds({ first: { items: [], nextCursor: null } })
    const { wrapper } = await mountConsole('/kommune/sletting')
    await eventually(() => expect(wrapper.find('[data-testid="retention-empty"]').exists()).toBe(true))
    expect(wrapper.text()).toContain('Ingen husstander er avsluttet.')
  })

  it('reads the next page when asked to show more', async () => {
    const second = aClosedHousehold({ householdId: '00000000-0000-4000-8000-00000000e002', householdName: 'Ali Ny' })
    closedHouseholds({
      first: { items: [aClosedHousehold()], nextCursor: 'next' },
      next: { items: [second], nextCursor: null },
    })
    const { wrapper } = await mountConsole('/kommune/sletting')
    await eventually(() => expect(rows(wrapper)).toHaveLength(1))
    await wrapper.get('.retention button').trigger('click')
    await eventually(() => expect(rows(wrapper)).toHaveLength(2))
    expect(rows(wrapper)[1]!.text()).toContain('Ali Ny')
  })

  it('speaks English to staff who chose it', async () => {
    closedHouseholds({ first: { items: [aClosedHousehold({ lastStayEnd: null })], nextCursor: null } })
    const { wrapper } = await mountConsole('/kommune/sletting', { locale: 'en' })
    await eventually(() => expect(rows(wrapper)).toHaveLength(1))
    expect(rows(wrapper)[0]!.text()).toContain('The last decision was valid until')
    expect(rows(wrapper)[0]!.text()).not.toContain('The last stay ended')
  })

  it('is a tab for caseworkers and planners, not for read-only staff', async () => {
    closedHouseholds({ first: { items: [], nextCursor: null } })
    const tab = (wrapper: Awaited<ReturnType<typeof mountConsole>>['wrapper']) =>
      wrapper.findAll('.console-nav__link').some((link) => link.text() === 'Sletting')
    expect(tab((await mountConsole('/kommune/oversikt', { staffRole: 'planner' })).wrapper)).toBe(true)
    expect(tab((await mountConsole('/kommune/oversikt', { staffRole: 'readOnly' })).wrapper)).toBe(false)
  })
})

describe("a closed household's own page", () => {
  it('says since when it is closed and the day its data goes unless a new decision comes', async () => {
    const closed = aStaffHousehold({
      closed: { closedAt: '2026-09-30T22:00:00.000Z', deletesAt: '2027-09-30T22:00:00.000Z' },
    })
    fakeStaffApi({ 'GET /municipality': () => aMunicipality(), [`GET /staff/households/${closed.id}`]: () => closed })
    const { wrapper } = await mountConsole(`/kommune/husstander/${closed.id}`)
    await eventually(() => expect(wrapper.find('[data-testid="household-closed"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="household-closed"]').text()).toBe(
      'Husstanden er avsluttet 1. oktober 2026: alle vedtak er utløpt og ingen opphold gjenstår. Dataene slettes 1. oktober 2027 hvis den ikke får et nytt vedtak før det.',
    )
  })

  it('says nothing of closing while it is open', async () => {
    const open = aStaffHousehold({ closed: null })
    fakeStaffApi({ 'GET /municipality': () => aMunicipality(), [`GET /staff/households/${open.id}`]: () => open })
    const { wrapper } = await mountConsole(`/kommune/husstander/${open.id}`)
    await eventually(() => expect(wrapper.find('h1').text()).toBe('Hanne Berg'))
    expect(wrapper.find('[data-testid="household-closed"]').exists()).toBe(false)
  })
})

describe("the municipality's retention period among its settings", () => {
  function settingsApi(retentionDays?: number) {
    return fakeStaffApi({
      'GET /municipality': () => aMunicipality(retentionDays === undefined ? {} : { retentionDays }),
      'PUT /staff/municipality': (call) => ({ ...aMunicipality(), ...(call.body as object) }),
    })
  }

  it('shows the period set, and saves a new one', async () => {
    const api = settingsApi(400)
    const { wrapper } = await mountConsole('/kommune/informasjon')
    const field = () => wrapper.get<HTMLInputElement>('input[name="retentionDays"]')
    await eventually(() => expect(field().element.value).toBe('400'))
    await field().setValue('90')
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(api.sent('PUT', '/staff/municipality')).toHaveLength(1))
    expect(api.sent('PUT', '/staff/municipality')[0]!.body).toMatchObject({ retentionDays: 90 })
  })

  it('leaves the default out of what it saves while the municipality has never chosen one', async () => {
    const api = settingsApi()
    const { wrapper } = await mountConsole('/kommune/informasjon')
    await eventually(() =>
      expect(wrapper.get<HTMLInputElement>('input[name="retentionDays"]').element.value).toBe('365'),
    )
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(api.sent('PUT', '/staff/municipality')).toHaveLength(1))
    expect(api.sent('PUT', '/staff/municipality')[0]!.body).not.toHaveProperty('retentionDays')
  })

  it('refuses a period shorter than a month at its field, and sends nothing', async () => {
    const api = settingsApi()
    const { wrapper } = await mountConsole('/kommune/informasjon')
    await wrapper.get('input[name="retentionDays"]').setValue('10')
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(wrapper.text()).toContain('Skriv et helt antall dager mellom 30 og 3650.'))
    expect(wrapper.get('input[name="retentionDays"]').attributes('aria-invalid')).toBe('true')
    expect(api.sent('PUT', '/staff/municipality')).toHaveLength(0)
  })
})
