// The console listens instead of polling: a family's request or summer application shows as soon as the
// change channel tells of it; while the channel is live the requests screen does not poll, and where the
// channel is held back it polls every ten seconds as before.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { aMunicipality } from '../../support/calendarBuilders'
import { aChannelServer, change, READY } from '../../support/fakeChangeChannel'
import { aPageOf, aStaffChangeRequest, aStaffSummerApplication } from '../../support/staffBuilders'
import { eventually } from '../support/eventually'
import { fakeStaffApi } from './support/fakeStaffApi'
import { mountConsole } from './support/mountConsole'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

const lunner = aMunicipality({ name: 'Lunner kommune', summerRespite: null })

/** The requests screen with `waiting` answered, and a change channel the test writes into. */
async function requestsScreen(waiting: () => ReturnType<typeof aStaffChangeRequest>[]) {
  // The ten-second poll only moves when the test moves it.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
  const channels = aChannelServer()
  const api = fakeStaffApi({
    'GET /municipality': () => lunner,
    'GET /staff/change-requests': () => aPageOf(waiting()),
    'GET /changes': (call) => channels.answer(call.init),
  })
  const { wrapper } = await mountConsole('/kommune/foresporsler')
  return { wrapper, api, channels, reads: () => api.sent('GET', '/staff/change-requests').length }
}

describe('the console’s change channel', () => {
  it('shows a family’s new request as soon as the channel tells of it, with no poll', async () => {
    let waiting = [aStaffChangeRequest({ child: 'Ida' })]
    const screen = await requestsScreen(() => waiting)
    await eventually(() => expect(screen.wrapper.findAll('[data-testid="console-request"]')).toHaveLength(1))
    const channel = await screen.channels.latest()
    expect(channel.headers.authorization).toBe('Bearer staff-token-0123456789abcdef')
    channel.send(READY)
    waiting = [...waiting, aStaffChangeRequest({ child: 'Maja' })]
    channel.send(change({ kinds: ['changeRequest'] }))
    await eventually(() => expect(screen.wrapper.text()).toContain('Maja'))
  })

  it('reads nothing again for a change the screen does not show', async () => {
    const screen = await requestsScreen(() => [])
    const channel = await screen.channels.latest()
    channel.send(READY)
    await eventually(() => expect(screen.reads()).toBe(2)) // once at the start, once as the channel opened
    channel.send(change({ kinds: ['summerApplication'] }))
    channel.send(change({ kinds: ['changeRequest'] }))
    await eventually(() => expect(screen.reads()).toBe(3))
  })

  it('does not poll while the channel is live', async () => {
    const screen = await requestsScreen(() => [])
    ;(await screen.channels.latest()).send(READY)
    await eventually(() => expect(screen.reads()).toBe(2))
    await vi.advanceTimersByTimeAsync(60_000)
    expect(screen.reads()).toBe(2)
  })

  it('polls every ten seconds as before where the channel is held back', async () => {
    let waiting = [aStaffChangeRequest({ child: 'Ida' })]
    const screen = await requestsScreen(() => waiting)
    await screen.channels.latest() // answered, but no event ever comes through
    await eventually(() => expect(screen.wrapper.findAll('[data-testid="console-request"]')).toHaveLength(1))
    waiting = [...waiting, aStaffChangeRequest({ child: 'Maja' })]
    await vi.advanceTimersByTimeAsync(10_000)
    await eventually(() => expect(screen.wrapper.text()).toContain('Maja'))
  })

  it('shows a family’s new summer application as soon as the channel tells of it', async () => {
    const channels = aChannelServer()
    let applications: unknown[] = []
    fakeStaffApi({
      'GET /municipality': () => lunner,
      'GET /staff/summer-applications': () => aPageOf(applications),
      'GET /changes': (call) => channels.answer(call.init),
    })
    const { wrapper } = await mountConsole('/kommune/sommer')
    await eventually(() => expect(wrapper.text()).toContain('Ingen søknader'))
    const channel = await channels.latest()
    channel.send(READY)
    applications = [aStaffSummerApplication({ child: 'Noah' })]
    channel.send(change({ kinds: ['summerApplication'] }))
    await eventually(() => expect(wrapper.text()).toContain('Noah'))
  })
})
