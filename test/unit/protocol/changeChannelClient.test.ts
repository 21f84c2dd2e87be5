// The browser's end of the change channel: live once the server says ready, notices folded into one
// pull, opened again after a drop with a pause, and not live (so the caller polls) wherever the channel
// is held back, silent or refused.
import { describe, expect, it, vi } from 'vitest'
import { CHANNEL_SILENCE_MS } from '../../../src/protocol/changeChannel'
import { aListener, aLiveListener } from '../../support/changeChannelListener'
import { aChannelServer, change, READY } from '../../support/fakeChangeChannel'

describe('the change channel in the browser', () => {
  it('opens with the session’s bearer token and is live once the server says it is ready', async () => {
    const listener = aListener()
    const channel = await listener.server.latest()
    expect(channel.headers.authorization).toBe('Bearer a-token-of-twenty-characters')
    expect(listener.live).toEqual([])
    channel.send(READY)
    await vi.waitFor(() => expect(listener.live).toEqual([true]))
    listener.connection.close()
    expect(listener.live).toEqual([true, false])
  })

  it('folds the notices that come close together into one, with the later cursor', async () => {
    const listener = aListener()
    const { clock, server } = listener
    const channel = await server.latest()
    channel.send(READY + change({ kinds: ['packing'], cursor: '41' }))
    channel.send(change({ kinds: ['checklistItem'], cursor: '42' }))
    await vi.waitFor(() => expect(clock.pendingDelays()).toContain(250))
    while (listener.notices.length === 0 && clock.fireNext() !== null);
    expect(listener.notices).toEqual([{ kinds: ['packing', 'checklistItem'], cursor: '42' }])
    listener.connection.close()
  })

  it('takes a notice it cannot read as one to pull everything', async () => {
    const listener = aListener()
    const { clock, server } = listener
    const channel = await server.latest()
    channel.send(READY + 'event: change\ndata: {"kinds":["somethingNew"]}\n\n')
    await vi.waitFor(() => expect(clock.pendingDelays()).toContain(250))
    while (listener.notices.length === 0 && clock.fireNext() !== null);
    expect(listener.notices).toEqual([{ kinds: [] }])
    listener.connection.close()
  })

  it('spreads the pulls of a change every household shares over 5 seconds after the short wait', async () => {
    const listener = aListener({ random: () => 0.5 })
    const { clock, server } = listener
    const channel = await server.latest()
    channel.send(READY + change({ kinds: ['municipality', 'place'], cursor: '7' }))
    await vi.waitFor(() => expect(clock.pendingDelays()).toEqual([2_750, CHANNEL_SILENCE_MS]))
    listener.connection.close()
  })

  it.each([
    ['a household’s own change beside a shared one', ['municipality', 'stay']],
    ['a notice to pull everything', []],
  ] as const)('does not spread the pull of %s', async (_, kinds) => {
    const listener = aListener({ random: () => 0.5 })
    const { clock, server } = listener
    const channel = await server.latest()
    channel.send(READY + change({ kinds: [...kinds] }))
    await vi.waitFor(() => expect(clock.pendingDelays()).toEqual([250, CHANNEL_SILENCE_MS]))
    listener.connection.close()
  })

  it('opens again after a short pause when the channel drops, and is not live in between', async () => {
    const listener = await aLiveListener()
    const { clock, server, channel: first } = listener
    first.end()
    await vi.waitFor(() => expect(listener.live).toEqual([true, false]))
    expect(clock.pendingDelays()).toEqual([500])
    clock.fireNext()
    const second = await vi.waitFor(() => server.opened[1] ?? Promise.reject(new Error('not yet')))
    second.send(READY)
    await vi.waitFor(() => expect(listener.live).toEqual([true, false, true]))
    listener.connection.close()
  })

  it('is never live where something between holds the stream back, and tries again later and later', async () => {
    const listener = aListener({ random: () => 0.99 })
    const { clock, server } = listener
    for (const round of [1, 2, 3]) {
      await vi.waitFor(() => expect(server.opened).toHaveLength(round))
      expect(clock.fireNext()).toBe(10_000) // no `ready` came through
      await vi.waitFor(() => expect(clock.pendingDelays()).toHaveLength(1))
      expect(clock.pendingDelays()[0]).toBe(Math.floor(0.99 * 1000 * 2 ** (round - 1)))
      clock.fireNext()
    }
    expect(listener.live).toEqual([])
    listener.connection.close()
  })

  it('takes a live channel that has gone silent past its heartbeat for dead, and opens it again', async () => {
    const listener = await aLiveListener()
    const { clock, server } = listener
    expect(clock.fireNext()).toBe(CHANNEL_SILENCE_MS)
    await vi.waitFor(() => expect(listener.live).toEqual([true, false]))
    clock.fireNext()
    await vi.waitFor(() => expect(server.opened).toHaveLength(2))
    listener.connection.close()
  })

  it('keeps a live channel open as long as its heartbeat comes', async () => {
    const listener = await aLiveListener()
    const { clock, server, channel } = listener
    for (let beat = 0; beat < 5; beat++) {
      clock.advance(CHANNEL_SILENCE_MS - 1)
      channel.send(':\n\n')
      await vi.waitFor(() => expect(clock.pendingDelays()).toEqual([CHANNEL_SILENCE_MS]))
    }
    expect(server.opened).toHaveLength(1)
    listener.connection.close()
  })

  it('stays closed once the server says the session has ended', async () => {
    const server = aChannelServer()
    server.refuseNext(new Response('{"error":{"code":"unauthorized","message":"x"}}', { status: 401 }))
    const listener = aListener({}, server)
    const { clock } = listener
    await vi.waitFor(() => expect(listener.ended).toHaveBeenCalled())
    expect(clock.pendingDelays()).toEqual([])
    expect(server.fetch).toHaveBeenCalledTimes(1)
  })

  it('waits as long as the server asks when it refuses one channel too many', async () => {
    const server = aChannelServer()
    server.refuseNext(
      new Response('{"error":{"code":"rate_limited","message":"x"}}', {
        status: 429,
        headers: { 'retry-after': '60' },
      }),
    )
    const listener = aListener({}, server)
    const { clock } = listener
    await vi.waitFor(() => expect(clock.pendingDelays()).toEqual([60_000]))
    expect(listener.live).toEqual([])
    listener.connection.close()
  })

  it('is no channel when a portal answers with a page of its own', async () => {
    const server = aChannelServer()
    server.refuseNext(new Response('<html>Logg inn på nettet</html>', { headers: { 'content-type': 'text/html' } }))
    const listener = aListener({}, server)
    const { clock } = listener
    await vi.waitFor(() => expect(clock.pendingDelays()).toEqual([500]))
    expect(listener.live).toEqual([])
    listener.connection.close()
  })
})
