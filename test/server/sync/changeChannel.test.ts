// Two parents' phones with the real engine and the real server: with the change channel open, a tick on
// one reaches the other's device while the other's timer never fires; where the channel is held back
// (a proxy that buffers), the other phone's timer still polls every minute and brings it.
import 'fake-indexeddb/auto'
import { expect, it, vi } from 'vitest'
import { attachChannelTriggers } from '../../../src/family/sync/channelTriggers'
import { currentToken } from '../../../src/family/sync/session'
import type { ShownPage } from '../../../src/protocol/changeChannelWhileShown'
import { systemScheduler } from '../../../src/protocol/scheduler'
import { tickAnItem } from './support/deviceActions'
import { syncServerForThisFile, type Device } from './support/syncWorld'
import { testClock } from '../../support/testClock'

const time = testClock()
const world = syncServerForThisFile(time)

/** A page that is shown and online, as far as the channel asks. */
function aShownPage(): ShownPage {
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' })
  return Object.assign(new EventTarget(), { document, navigator: { onLine: true } })
}

/** The channel on a phone: real fetch and real time for the channel alone; the engine's timers stay the test's. */
function listening(device: Device, fetch: typeof globalThis.fetch = globalThis.fetch) {
  return attachChannelTriggers(
    device.engine,
    device.db,
    { baseUrl: world.server.url, token: () => currentToken(device.db, time), fetch, scheduler: systemScheduler },
    aShownPage(),
  )
}

/** Whether the tick's record on the device says packed. */
async function packedOn(device: Device, tick: Awaited<ReturnType<typeof tickAnItem>>): Promise<boolean> {
  const args = tick.args as { stayId: string; itemId: string }
  return (await device.db.packing.get(`${args.stayId}:${args.itemId}`))?.packed === true
}

it('brings the other parent’s tick to this phone while the channel is open, with no timer fired', async () => {
  const hanne = await world.aSyncedDevice({ username: 'lunner-forelder-1' })
  const eirik = await world.aSyncedDevice({ username: 'lunner-forelder-2' })
  const channel = listening(eirik)
  // While the channel is live the engine's timer waits long: the server says when to pull.
  await vi.waitFor(() => expect(time.pendingDelays()).toContain(15 * 60_000))

  const tick = await tickAnItem(hanne, time)
  expect((await hanne.engine.syncNow()).phase).toBe('upToDate')
  await hanne.engine.stop()

  // The test's clock fires no timer unless told: only the channel can have brought it.
  await vi.waitFor(async () => expect(await packedOn(eirik, tick)).toBe(true), { timeout: 10_000 })
  channel.stop()
  await eirik.engine.stop()
})

it('polls every minute as before where something between holds the channel back', async () => {
  const hanne = await world.aSyncedDevice({ username: 'lunner-forelder-1' })
  const eirik = await world.aSyncedDevice({ username: 'lunner-forelder-2' })
  // A proxy that buffers: the answer's headers come, its events never do.
  const buffering: typeof globalThis.fetch = async (input, init) => {
    const response = await globalThis.fetch(input, init)
    return new Response(new ReadableStream({ cancel: () => response.body?.cancel() }), { headers: response.headers })
  }
  const channel = listening(eirik, buffering)
  await vi.waitFor(() => expect(world.server.changeChannel.hub.size).toBe(1))

  const tick = await tickAnItem(hanne, time, { item: 1 })
  expect((await hanne.engine.syncNow()).phase).toBe('upToDate')
  await hanne.engine.stop()
  expect(await packedOn(eirik, tick)).toBe(false)

  // The channel never became live, so the engine's timer polls every minute, as without a channel.
  expect(time.pendingDelays()).toEqual([60_000])
  const settled = eirik.nextSettled()
  time.fireNext()
  expect((await settled).phase).toBe('upToDate')
  expect(await packedOn(eirik, tick)).toBe(true)
  channel.stop()
  await eirik.engine.stop()
})
