// A change request races the municipality's deadline: tapped while the engine is waiting out a
// backoff, it is sent at once, not when the retry timer fires minutes later.
import 'fake-indexeddb/auto'
import { expect, it } from 'vitest'
import { perform } from '../../../src/family/db/outbox'
import { attachBrowserTriggers } from '../../../src/family/sync/browserTriggers'
import { tickAnItem } from './support/deviceActions'
import { aComingStay } from './support/householdData'
import { serverMutationLog } from './support/syncWorld'
import { syncTestFile } from './support/syncTestFile'

const FIVE_MINUTES = 5 * 60_000
const { time, world } = syncTestFile()

/** Just enough of a browser window for the engine's triggers: no events come from it in this test. */
function aQuietWindow(): Window {
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' })
  return Object.assign(new EventTarget(), { document, navigator: {} }) as unknown as Window
}

async function aDeviceBackingOffFiveMinutes() {
  const device = await world.aSignedInDevice('lunner-forelder-1', {
    engine: { backoff: { baseMs: FIVE_MINUTES, capMs: FIVE_MINUTES, minMs: FIVE_MINUTES } },
  })
  device.engine.start()
  await device.statusWhere((status) => status.phase === 'upToDate')
  const detach = attachBrowserTriggers(device.engine, device.db, aQuietWindow())
  device.network.failNext('/sync', 'serverError')
  expect((await device.engine.syncNow()).phase).toBe('error')
  expect(time.pendingDelays()).toEqual([FIVE_MINUTES])
  return { device, detach }
}

it('sends a cancellation tapped during a backoff at once, so it reaches the municipality the minute it was tapped', async () => {
  const { device, detach } = await aDeviceBackingOffFiveMinutes()
  const stay = await aComingStay(device.db, time.now())
  const tappedAt = time.iso()

  const settled = device.nextSettled()
  const request = await perform(
    device.db,
    'requestCancellation',
    { changeRequestId: crypto.randomUUID(), stayId: stay.id, message: 'Syk' },
    time,
  )
  expect((await settled).phase).toBe('upToDate')

  expect(time.iso()).toBe(tappedAt) // no timer fired
  expect((await serverMutationLog(world.server)).get(request.id)).toEqual(['applied'])
  expect(await device.db.changeRequests.get(request.args.changeRequestId)).toMatchObject({ receivedAt: tappedAt })
  detach()
  await device.engine.stop()
})

it('leaves a tick made during a backoff for the retry', async () => {
  const { device, detach } = await aDeviceBackingOffFiveMinutes()
  const pushesBefore = device.network.count('/mutations')

  const tick = await tickAnItem(device, time)
  await device.db.outbox.count() // lets the outbox watcher see the tick before looking

  expect(device.network.count('/mutations')).toBe(pushesBefore)
  const settled = device.nextSettled()
  expect(time.fireNext()).toBe(FIVE_MINUTES)
  expect((await settled).phase).toBe('upToDate')
  expect((await serverMutationLog(world.server)).get(tick.id)).toEqual(['applied'])
  detach()
  await device.engine.stop()
})
