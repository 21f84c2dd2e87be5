// The family app's listener: it pulls when the channel says something changed beyond what the device
// has, listens only while the app is shown and online, and tells the engine whether to poll.
import 'fake-indexeddb/auto'
import { describe, expect, it, vi } from 'vitest'
import { attachChannelTriggers } from '../../../src/family/sync/channelTriggers'
import { aChannelServer, change, READY } from '../../support/fakeChangeChannel'
import { aShownPage } from '../../support/shownPage'
import { testClock } from '../../support/testClock'
import { aDeviceDatabase } from './builders'

async function aListeningDevice(cursor: string | null = '100') {
  const db = aDeviceDatabase()
  if (cursor) await db.syncState.put({ key: 'cursor', value: cursor })
  const engine = { trigger: vi.fn(), setLive: vi.fn() }
  const clock = testClock()
  const server = aChannelServer()
  const shown = aShownPage()
  const channel = attachChannelTriggers(
    engine,
    db,
    { token: async () => 'a-token-of-twenty-characters', fetch: server.fetch as typeof fetch, scheduler: clock },
    shown.page,
  )
  return { db, engine, clock, server, shown, channel }
}

/** Lets the notices heard so far through the channel's short wait for more. */
async function afterTheWait(device: Awaited<ReturnType<typeof aListeningDevice>>) {
  await vi.waitFor(() => expect(device.clock.pendingDelays()[0]).toBe(250))
  device.clock.fireNext()
}

describe('the family app’s change channel', () => {
  it('tells the engine that the channel is live, and pulls once for what came before it opened', async () => {
    const device = await aListeningDevice()
    ;(await device.server.latest()).send(READY)
    await vi.waitFor(() => expect(device.engine.setLive).toHaveBeenCalledWith(true))
    expect(device.engine.trigger).toHaveBeenCalledWith('channel')
    device.channel.stop()
    expect(device.engine.setLive).toHaveBeenLastCalledWith(false)
  })

  it('pulls when told of a change beyond what the device has, and not for one it has pulled already', async () => {
    const device = await aListeningDevice('100')
    const channel = await device.server.latest()
    channel.send(READY)
    await vi.waitFor(() => expect(device.engine.trigger).toHaveBeenCalledTimes(1))
    // Its own tick, told back after the device pulled it; then the other parent's.
    channel.send(change({ kinds: ['packing'], cursor: '100' }))
    await afterTheWait(device)
    channel.send(change({ kinds: ['packing'], cursor: '101' }))
    await afterTheWait(device)
    await vi.waitFor(() => expect(device.engine.trigger).toHaveBeenCalledTimes(2))
    await device.db.syncState.get('cursor') // the device's reads answer in order: both looks are done
    expect(device.engine.trigger).toHaveBeenCalledTimes(2)
    device.channel.stop()
  })

  it('pulls when told without a cursor: something may have been missed', async () => {
    const device = await aListeningDevice('100')
    const channel = await device.server.latest()
    channel.send(READY + change({ kinds: [] }))
    await afterTheWait(device)
    await vi.waitFor(() => expect(device.engine.trigger).toHaveBeenCalledTimes(2))
    device.channel.stop()
  })

  it('closes the channel while the app is hidden or offline, and opens it again once shown', async () => {
    const device = await aListeningDevice()
    const first = await device.server.latest()
    first.send(READY)
    await vi.waitFor(() => expect(device.engine.setLive).toHaveBeenCalledWith(true))
    device.shown.hide()
    expect(device.engine.setLive).toHaveBeenLastCalledWith(false)
    device.shown.show()
    await vi.waitFor(() => expect(device.server.opened).toHaveLength(2))
    device.shown.offline()
    expect(device.server.fetch).toHaveBeenCalledTimes(2)
    device.shown.show() // still offline: no channel
    expect(device.server.fetch).toHaveBeenCalledTimes(2)
    device.channel.stop()
  })

  it('leaves the engine polling where the channel never becomes live', async () => {
    const device = await aListeningDevice()
    await device.server.latest()
    expect(device.clock.fireNext()).toBe(10_000) // no `ready`: something holds the stream back
    await vi.waitFor(() => expect(device.clock.pendingDelays()).toHaveLength(1))
    expect(device.engine.setLive).not.toHaveBeenCalledWith(true)
    device.channel.stop()
  })
})
