// How the browser's end of the change channel asks for it, what it takes for a channel, and that once
// closed (or without a session) it asks for nothing more.
import { describe, expect, it, vi } from 'vitest'
import { CHANNEL_SILENCE_MS } from '../../../src/protocol/changeChannel'
import { aListener, aLiveListener } from '../../support/changeChannelListener'
import { aChannelServer, change, READY } from '../../support/fakeChangeChannel'

/** Lets what the channel's aborted reads set off run to its end. */
const settled = () => new Promise((resolve) => setImmediate(resolve))

describe('asking for the change channel', () => {
  it('asks the API’s channel path for an event stream, without cookies and past every cache', async () => {
    const listener = aListener()
    await listener.server.latest()
    const [url, init] = listener.server.fetch.mock.calls[0]!
    expect(url).toBe('http://127.0.0.1:1/api/v1/changes')
    expect(init).toMatchObject({
      headers: { accept: 'text/event-stream', authorization: 'Bearer a-token-of-twenty-characters' },
      credentials: 'omit',
      cache: 'no-store',
    })
    listener.connection.close()
  })

  it('asks for nothing without a session, and says the session has ended', async () => {
    const listener = aListener({ token: () => null })
    await vi.waitFor(() => expect(listener.ended).toHaveBeenCalledTimes(1))
    expect(listener.server.fetch).not.toHaveBeenCalled()
    expect(listener.clock.pendingDelays()).toEqual([])
  })

  it('asks for nothing when closed while the session’s token was still being read', async () => {
    let giveToken!: (token: string) => void
    const listener = aListener({ token: () => new Promise<string>((resolve) => void (giveToken = resolve)) })
    listener.connection.close()
    giveToken('a-token-of-twenty-characters')
    await settled()
    expect(listener.server.fetch).not.toHaveBeenCalled()
  })
})

describe('what is taken for a channel', () => {
  const tryingToBeReady = (status: number, contentType: string) =>
    new Response(READY, { status, headers: { 'content-type': contentType } })

  it.each([
    ['an error answered as an event stream', tryingToBeReady(503, 'text/event-stream')],
    ['a page of text that reads like one', tryingToBeReady(200, 'text/plain; charset=utf-8')],
  ])('is never %s', async (_, response) => {
    const server = aChannelServer()
    server.refuseNext(response)
    const listener = aListener({}, server)
    await vi.waitFor(() => expect(listener.clock.pendingDelays()).toEqual([500]))
    expect(listener.live).toEqual([])
    listener.connection.close()
  })

  it('is an event stream whose type names its character set', async () => {
    const server = aChannelServer()
    server.refuseNext(tryingToBeReady(200, 'text/event-stream; charset=utf-8'))
    const listener = aListener({}, server)
    await vi.waitFor(() => expect(listener.live[0]).toBe(true))
    listener.connection.close()
  })
})

describe('what the channel tells', () => {
  it('waits once for notices that come together, not once for each', async () => {
    const listener = aListener()
    const channel = await listener.server.latest()
    channel.send(READY + change({ kinds: ['packing'] }) + change({ kinds: ['stay'] }))
    await vi.waitFor(() => expect(listener.clock.pendingDelays()).toEqual([250, CHANNEL_SILENCE_MS]))
    listener.connection.close()
  })

  it('passes over an event it does not know', async () => {
    const listener = aListener()
    const channel = await listener.server.latest()
    channel.send(READY + 'event: hello\ndata: {}\n\n' + change({ kinds: ['stay'] }))
    await vi.waitFor(() => expect(listener.clock.pendingDelays()).toContain(250))
    expect(listener.clock.fireNext()).toBe(250)
    expect(listener.notices).toEqual([{ kinds: ['stay'] }])
    listener.connection.close()
  })

  it('gives a channel that says anything but ready no longer than the wait for ready', async () => {
    const listener = aListener()
    const channel = await listener.server.latest()
    channel.send(':\n\n' + change({ kinds: ['stay'] }))
    await vi.waitFor(() => expect(listener.clock.pendingDelays()).toEqual([250, 10_000]))
    listener.connection.close()
  })
})

describe('a closed channel', () => {
  it('is not opened again, nor does it wait to be', async () => {
    const listener = await aLiveListener()
    listener.connection.close()
    await settled()
    expect(listener.clock.pendingDelays()).toEqual([])
    expect(listener.server.fetch).toHaveBeenCalledTimes(1)
  })

  it('no longer waits to open again after a drop', async () => {
    const listener = await aLiveListener()
    listener.channel.end()
    await vi.waitFor(() => expect(listener.clock.pendingDelays()).toEqual([500]))
    listener.connection.close()
    expect(listener.clock.pendingDelays()).toEqual([])
  })

  it('tells nothing that came after it was closed on being told it is live', async () => {
    let closeIt = () => undefined as void
    const listener = aListener({ onLive: (live) => live && closeIt() })
    closeIt = () => listener.connection.close()
    const channel = await listener.server.latest()
    channel.send(READY + change({ kinds: ['stay'] }))
    await vi.waitFor(() => expect(listener.clock.pendingDelays()).toEqual([250]))
    listener.clock.fireNext()
    expect(listener.notices).toEqual([])
  })

  it('tells nothing it heard before it closed', async () => {
    const listener = await aLiveListener()
    listener.channel.send(change({ kinds: ['stay'] }))
    await vi.waitFor(() => expect(listener.clock.pendingDelays()).toContain(250))
    listener.connection.close()
    expect(listener.clock.pendingDelays()).toEqual([])
    expect(listener.notices).toEqual([])
  })
})
