// The change channel of a page: open while the page is shown and online, closed otherwise, closed for
// good once the session has ended until a sign-in restarts it, and let go of when stopped.
import { describe, expect, it, vi } from 'vitest'
import type { ChangeChannelOptions } from '../../../src/protocol/changeChannelClient'
import { listenWhileShown } from '../../../src/protocol/changeChannelWhileShown'
import { aChannelServer, READY } from '../../support/fakeChangeChannel'
import { aShownPage } from '../../support/shownPage'
import { testClock } from '../../support/testClock'

function aShownListener(shown = aShownPage(), options: Partial<ChangeChannelOptions> = {}) {
  const server = aChannelServer()
  const token = vi.fn(() => 'a-token-of-twenty-characters')
  const live: boolean[] = []
  const ended = vi.fn()
  const channel = listenWhileShown(
    {
      baseUrl: 'http://127.0.0.1:1',
      token,
      fetch: server.fetch as typeof globalThis.fetch,
      scheduler: testClock(),
      onNotice: () => undefined,
      onLive: (value) => live.push(value),
      onSessionEnded: ended,
      ...options,
    },
    shown.page,
  )
  return { ...shown, server, token, live, ended, channel }
}

async function aLiveShownListener() {
  const listener = aShownListener()
  ;(await listener.server.latest()).send(READY)
  await vi.waitFor(() => expect(listener.live).toEqual([true]))
  return listener
}

const sessionEnded = () => new Response('{"error":{"code":"unauthorized","message":"x"}}', { status: 401 })

describe('the change channel of a page', () => {
  it('opens at once on a page that is shown and online', async () => {
    const listener = aShownListener()
    await vi.waitFor(() => expect(listener.server.opened).toHaveLength(1))
    listener.channel.stop()
  })

  it('opens no channel on a hidden page, and opens one once it is shown', async () => {
    const listener = aShownListener(aShownPage({ visible: false }))
    expect(listener.token).not.toHaveBeenCalled()
    listener.show()
    await vi.waitFor(() => expect(listener.server.opened).toHaveLength(1))
    listener.channel.stop()
  })

  it('opens no channel while the browser is offline, and opens one once it is online', async () => {
    const listener = aShownListener(aShownPage({ onLine: false }))
    expect(listener.token).not.toHaveBeenCalled()
    listener.online()
    await vi.waitFor(() => expect(listener.server.opened).toHaveLength(1))
    listener.channel.stop()
  })

  it('closes the channel when the page is hidden, and opens a new one when it is shown again', async () => {
    const listener = await aLiveShownListener()
    listener.hide()
    expect(listener.live).toEqual([true, false])
    listener.show()
    await vi.waitFor(() => expect(listener.server.opened).toHaveLength(2))
    listener.channel.stop()
  })

  it('closes the channel when the browser goes offline', async () => {
    const listener = await aLiveShownListener()
    listener.offline()
    expect(listener.live).toEqual([true, false])
    listener.channel.stop()
  })

  it('stays closed once the session has ended, however often the page is shown, until restarted', async () => {
    const shown = aShownPage()
    const listener = aShownListener(shown)
    listener.server.refuseNext(sessionEnded())
    await vi.waitFor(() => expect(listener.ended).toHaveBeenCalledTimes(1))
    listener.hide()
    listener.show()
    listener.online()
    expect(listener.token).toHaveBeenCalledTimes(1)
    listener.channel.restart()
    await vi.waitFor(() => expect(listener.server.opened).toHaveLength(1))
    listener.channel.stop()
  })

  it('ends the session quietly where no one listens for its end', async () => {
    const listener = aShownListener(aShownPage(), { onSessionEnded: undefined })
    listener.server.refuseNext(sessionEnded())
    await vi.waitFor(() => expect(listener.server.fetch).toHaveBeenCalledTimes(1))
    listener.show()
    expect(listener.token).toHaveBeenCalledTimes(1)
    listener.channel.stop()
  })

  it('opens a fresh channel in place of the live one when restarted', async () => {
    const listener = await aLiveShownListener()
    listener.channel.restart()
    expect(listener.live).toEqual([true, false])
    await vi.waitFor(() => expect(listener.server.opened).toHaveLength(2))
    listener.channel.stop()
  })

  it('closes the channel when stopped, and opens none however the page changes after', async () => {
    const listener = await aLiveShownListener()
    listener.channel.stop()
    expect(listener.live).toEqual([true, false])
    listener.hide()
    listener.show()
    listener.online()
    expect(listener.token).toHaveBeenCalledTimes(1)
  })

  it('lets go of every event of the page it listened to when stopped', () => {
    const shown = aShownPage()
    const added = [vi.spyOn(shown.page, 'addEventListener'), vi.spyOn(shown.page.document, 'addEventListener')]
    const removed = [vi.spyOn(shown.page, 'removeEventListener'), vi.spyOn(shown.page.document, 'removeEventListener')]
    const listener = aShownListener(shown)
    listener.channel.stop()
    expect(removed.map((spy) => spy.mock.calls)).toEqual(added.map((spy) => spy.mock.calls))
    expect(removed.flatMap((spy) => spy.mock.calls.map(([type]) => type))).toEqual([
      'online',
      'offline',
      'visibilitychange',
    ])
  })
})
