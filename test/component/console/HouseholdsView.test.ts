import { afterEach, describe, expect, it, vi } from 'vitest'
import { aRecipient } from '../../support/builders'
import { aDecision, aMunicipality } from '../../support/calendarBuilders'
import { aPageOf, aStaffHousehold } from '../../support/staffBuilders'
import { eventually } from '../support/eventually'
import { fakeStaffApi } from './support/fakeStaffApi'
import { mountConsole } from './support/mountConsole'

afterEach(() => vi.unstubAllGlobals())

const ida = aRecipient({ name: 'Ida' })
const berg = aStaffHousehold({
  caregivers: [
    { id: '00000000-0000-4000-8000-00000000d001', name: 'Hanne Berg' },
    { id: '00000000-0000-4000-8000-00000000d002', name: 'Eirik Berg' },
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

describe('the access log screen', () => {
  it('shows who read which household, and filters by household', async () => {
    const api = fakeStaffApi({
      'GET /municipality': () => aMunicipality(),
      'GET /staff/households': () => aPageOf([berg]),
      'GET /staff/access-log': () =>
        aPageOf([
          {
            id: '1',
            at: '2026-11-25T09:00:00.000Z',
            userId: '00000000-0000-4000-8000-00000000a001',
            userName: 'Tone Lunde',
            action: 'staffGetHousehold',
            householdId: berg.id,
          },
        ]),
    })
    const { wrapper } = await mountConsole('/kommune/tilgangslogg')
    await eventually(() => expect(wrapper.find('[data-testid="access-log-entry"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="access-log-entry"]').text()).toContain('Tone Lunde')
    expect(wrapper.get('[data-testid="access-log-entry"]').text()).toContain('Hanne Berg, Eirik Berg')
    await wrapper.get('select.field__input').setValue(berg.id)
    await eventually(() => expect(api.sent('GET', '/staff/access-log').at(-1)?.query.get('householdId')).toBe(berg.id))
  })
})
