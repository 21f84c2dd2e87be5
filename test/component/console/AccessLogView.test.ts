import { afterEach, describe, expect, it, vi } from 'vitest'
import { aMunicipality } from '../../support/calendarBuilders'
import { aPageOf, aCaregiver, aStaffHousehold } from '../../support/staffBuilders'
import { eventually } from '../support/eventually'
import { fakeStaffApi } from './support/fakeStaffApi'
import { mountConsole } from './support/mountConsole'

afterEach(() => vi.unstubAllGlobals())

const berg = aStaffHousehold({
  caregivers: [
    aCaregiver('Hanne Berg', { id: '00000000-0000-4000-8000-00000000d001' }),
    aCaregiver('Eirik Berg', { id: '00000000-0000-4000-8000-00000000d002' }),
  ],
})
const ola = { id: '00000000-0000-4000-8000-00000000a002', name: 'Ola Dahl', staffRole: 'caseworker' }

const anEntry = (id: string, overrides: object = {}) => ({
  id,
  at: '2026-11-25T09:00:00.000Z',
  userId: '00000000-0000-4000-8000-00000000a001',
  userName: 'Tone Lunde',
  clientId: null,
  action: 'staffGetHousehold',
  householdId: berg.id,
  recordId: null,
  ...overrides,
})

function theLog(pages: Record<string, ReturnType<typeof aPageOf>>) {
  return fakeStaffApi({
    'GET /municipality': () => aMunicipality(),
    'GET /staff/households': () => aPageOf([berg]),
    'GET /staff/colleagues': () => ({ items: [ola] }),
    'GET /staff/access-log': (call) => pages[call.query.get('cursor') ?? 'first']!,
  })
}

describe('the access log screen', () => {
  it('says in words what each entry did and which record, naming the household by its caregivers', async () => {
    theLog({
      first: aPageOf([
        anEntry('2', { action: 'staffPatchStay', recordId: '5f0c1d2e-0000-4000-8000-000000000001' }),
        anEntry('1'),
      ]),
    })
    const { wrapper } = await mountConsole('/kommune/tilgangslogg')
    await eventually(() => expect(wrapper.findAll('[data-testid="access-log-entry"]')).toHaveLength(2))
    const [patch, read] = wrapper.findAll('[data-testid="access-log-entry"]')
    expect(patch!.text()).toContain('Endret et opphold')
    expect(patch!.text()).toContain('Post 5f0c1d2e')
    expect(read!.text()).toContain('Åpnet husstanden')
    expect(read!.text()).toContain('Hanne Berg, Eirik Berg')
    expect(wrapper.text()).not.toContain('staffGetHousehold')
  })

  it('names the record system by its client id where it, not a staff member, read', async () => {
    theLog({
      first: aPageOf([
        anEntry('1', {
          userId: '00000000-0000-4000-8000-00000000c001',
          userName: null,
          clientId: 'lunner-journal-demo',
        }),
      ]),
    })
    const { wrapper } = await mountConsole('/kommune/tilgangslogg')
    await eventually(() => expect(wrapper.findAll('[data-testid="access-log-entry"]')).toHaveLength(1))
    expect(wrapper.find('[data-testid="access-log-entry"]').text()).toContain('lunner-journal-demo')
  })

  it('filters by household, staff member and action', async () => {
    const api = theLog({ first: aPageOf([anEntry('1')]) })
    const { wrapper } = await mountConsole('/kommune/tilgangslogg')
    await eventually(() => expect(wrapper.text()).toContain('Ola Dahl'))
    await wrapper.get('select[name="householdId"]').setValue(berg.id)
    await wrapper.get('select[name="userId"]').setValue(ola.id)
    await wrapper.get('select[name="action"]').setValue('staffDecideChangeRequest')
    await eventually(() => {
      const query = api.sent('GET', '/staff/access-log').at(-1)?.query
      expect([query?.get('householdId'), query?.get('userId'), query?.get('action')]).toEqual([
        berg.id,
        ola.id,
        'staffDecideChangeRequest',
      ])
    })
  })

  it('shows the next page below the first when asked', async () => {
    theLog({ first: aPageOf([anEntry('2')], 'next-page'), 'next-page': aPageOf([anEntry('1')]) })
    const { wrapper } = await mountConsole('/kommune/tilgangslogg')
    await eventually(() => expect(wrapper.text()).toContain('Vis flere'))
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Vis flere')!
      .trigger('click')
    await eventually(() => expect(wrapper.findAll('[data-testid="access-log-entry"]')).toHaveLength(2))
    expect(wrapper.text()).not.toContain('Vis flere')
  })
})

describe('the access log’s words', () => {
  it('has words in every language for each action it filters by', async () => {
    const { LOGGED_ACTIONS } = await import('../../../src/console/composables/useAccessLog')
    const { consoleAccessLogMessages } = await import('../../../src/i18n/messages/consoleAccessLog')
    for (const locale of ['nb', 'nn', 'en'] as const)
      expect(Object.keys(consoleAccessLogMessages[locale].consoleAccessLog.actions).sort()).toEqual(
        [...LOGGED_ACTIONS].sort(),
      )
  })
})
