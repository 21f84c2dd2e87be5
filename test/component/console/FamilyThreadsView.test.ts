import { afterEach, describe, expect, it, vi } from 'vitest'
import type { StaffFamilyThread } from '../../../src/protocol/routes/familyThreadRoutes'
import { aMunicipality } from '../../support/calendarBuilders'
import { aPageOf } from '../../support/staffBuilders'
import { eventually } from '../support/eventually'
import { fakeStaffApi } from './support/fakeStaffApi'
import { mountConsole } from './support/mountConsole'

afterEach(() => vi.unstubAllGlobals())

const THREAD = '00000000-0000-4000-8000-00000000c001'
const waitingThread: StaffFamilyThread = {
  threadId: THREAD,
  householdId: '00000000-0000-4000-8000-00000000b002',
  householdName: 'Sara Haddad',
  recipient: { id: '00000000-0000-4000-8000-00000000d001', name: 'Noah' },
  entries: [
    {
      id: THREAD,
      from: 'family',
      authorName: 'Sara Haddad',
      body: 'Kan Noah få dusj om kvelden?',
      at: '2026-11-25T08:00:00.000Z',
    },
  ],
  waiting: true,
  lastAt: '2026-11-25T08:00:00.000Z',
}

function threadsApi(reply: (body: { id: string; body: string }) => unknown = (body) => answered(body.body)) {
  return fakeStaffApi({
    'GET /municipality': () => aMunicipality(),
    'GET /staff/change-requests': () => aPageOf([]),
    'GET /staff/family-threads': () => aPageOf([waitingThread]),
    [`POST /staff/family-threads/${THREAD}/replies`]: (call) => reply(call.body as { id: string; body: string }),
  })
}

function answered(body: string): StaffFamilyThread {
  return {
    ...waitingThread,
    waiting: false,
    entries: [
      ...waitingThread.entries,
      { id: crypto.randomUUID(), from: 'office', authorName: 'Tone Lunde', body, at: '2026-11-25T09:00:00.000Z' },
    ],
  }
}

describe('messages from families in the console', () => {
  it('lists the waiting threads first, with the household, the child and the family’s words', async () => {
    const api = threadsApi()
    const { wrapper } = await mountConsole('/kommune/fra-familier')
    await eventually(() => expect(wrapper.findAll('[data-testid="family-thread"]')).toHaveLength(1))
    const card = wrapper.get('[data-testid="family-thread"]').text()
    expect(card).toContain('Sara Haddad')
    expect(card).toContain('Gjelder Noah')
    expect(card).toContain('Kan Noah få dusj om kvelden?')
    expect(card).toContain('Venter på svar')
    expect(api.sent('GET', '/staff/family-threads')[0]?.query.get('state')).toBe('waiting')
  })

  it('counts the threads waiting for an answer on the menu, on every screen', async () => {
    const api = threadsApi()
    const { wrapper } = await mountConsole('/kommune/fra-familier')
    await eventually(() => expect(wrapper.get('[data-testid="console-nav-family-threads"]').text()).toBe('1'))
    expect(api.sent('GET', '/staff/family-threads').some((call) => call.query.get('state') === 'waiting')).toBe(true)
  })

  it('sends an answer with one id however often it is retried, and shows it in the thread', async () => {
    let attempts = 0
    const ids: string[] = []
    threadsApi((body) => {
      ids.push(body.id)
      attempts++
      return attempts === 1 ? new Response('{}', { status: 503 }) : answered(body.body)
    })
    const { wrapper } = await mountConsole('/kommune/fra-familier')
    await eventually(() => expect(wrapper.find('textarea').exists()).toBe(true))
    await wrapper.get('textarea').setValue('Ja, det ordner vi.')
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(wrapper.get('[role="alert"]').text()).not.toBe(''))
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe('Ja, det ordner vi.')
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(wrapper.text()).toContain('Svaret er sendt til familien.'))
    expect(ids).toHaveLength(2)
    expect(ids[0]).toBe(ids[1])
    expect(wrapper.get('[data-testid="family-thread"]').text()).toContain('Tone Lunde')
  })

  it('refuses an empty answer before sending it', async () => {
    const api = threadsApi()
    const { wrapper } = await mountConsole('/kommune/fra-familier')
    await eventually(() => expect(wrapper.find('textarea').exists()).toBe(true))
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(wrapper.get('[role="alert"]').text()).toBe('Skriv et svar før du sender.'))
    expect(api.sent('POST', `/staff/family-threads/${THREAD}/replies`)).toHaveLength(0)
  })

  it('shows read-only staff the thread without the answer box', async () => {
    threadsApi()
    const { wrapper } = await mountConsole('/kommune/fra-familier', { staffRole: 'readOnly' })
    await eventually(() => expect(wrapper.findAll('[data-testid="family-thread"]')).toHaveLength(1))
    expect(wrapper.find('textarea').exists()).toBe(false)
  })

  it('asks for the answered threads when staff choose them', async () => {
    const api = threadsApi()
    const { wrapper } = await mountConsole('/kommune/fra-familier')
    await eventually(() => expect(wrapper.findAll('[data-testid="family-thread"]')).toHaveLength(1))
    await wrapper.get('input[value="answered"]').setValue(true)
    await eventually(() => expect(api.sent('GET', '/staff/family-threads').at(-1)?.query.get('state')).toBe('answered'))
  })
})
