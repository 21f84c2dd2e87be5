// Bad networks and a failing server: the engine waits, retries politely, tells the family what is
// going on, and never loses a change or a piece of local data because of an answer it cannot use.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { readCursor } from '../../../src/family/sync/pull'
import { tickAnItem } from './support/deviceActions'
import type { Fault } from './support/faultyNetwork'
import { deviceView, outboxIds, serverMutationLog, serverView } from './support/syncWorld'
import { syncTestFile } from './support/syncTestFile'

const { time, world } = syncTestFile()

describe('retrying', () => {
  it('retries 500s and timeouts after waiting longer each time, then gets through', async () => {
    const device = await world.aSyncedDevice({ random: () => 0.5 })
    const tick = await tickAnItem(device, time)
    device.network.failNext('/mutations', 'serverError', 'serverErrorAfter', 'hang')
    device.network.onRequest = (request) => {
      if (request.fault === 'hang') device.timeouts.fireNext() // the request's time limit runs out
    }

    const outcomes = [await device.engine.syncNow()]
    const waits: (number | null)[] = []
    while (outcomes.at(-1)?.phase !== 'upToDate' && waits.length < 5) {
      expect(time.pendingDelays()).toHaveLength(1) // one retry timer, nothing else running
      const settled = device.nextSettled()
      waits.push(time.fireNext())
      outcomes.push(await settled)
    }

    expect(outcomes.map((status) => `${status.phase}/${status.problem}`)).toEqual([
      'error/server',
      'error/server',
      'offline/null',
      'upToDate/null',
    ])
    expect(waits).toEqual([1_000, 2_000, 4_000]) // half of 2 s, 4 s, 8 s with the jitter at 0.5
    expect((await serverMutationLog(world.server)).get(tick.id)).toEqual(['applied'])
    expect(await outboxIds(device.db)).toEqual([])

    device.network.failNext('/sync', 'serverError')
    await device.engine.syncNow()
    expect(time.pendingDelays()).toEqual([1_000]) // a success starts the backoff over
    await device.engine.stop()
  })

  it('folds every trigger that comes during a sync into one more sync', async () => {
    const device = await world.aSyncedDevice()
    const pullsBefore = device.network.count('/sync')
    let release = () => undefined as void
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const arrived = new Promise<void>((resolve) => {
      device.network.onRequest = async (request) => {
        if (!request.path.includes('/sync')) return
        device.network.onRequest = null
        resolve()
        await held
      }
    })

    device.engine.trigger('manual')
    await arrived
    const asked = [device.engine.syncNow(), device.engine.syncNow()]
    for (const trigger of ['timer', 'visible', 'localChange', 'push', 'online'] as const) device.engine.trigger(trigger)
    release()
    await Promise.all(asked)

    expect(device.network.count('/sync') - pullsBefore).toBe(2)
    await device.engine.stop()
  })
})

describe('offline', () => {
  it('keeps changes on the phone without trying the network, and sends them when it is back', async () => {
    const device = await world.aSyncedDevice()
    device.online = false
    const requestsBefore = device.network.log.length
    const ticks = [await tickAnItem(device, time, { item: 0 }), await tickAnItem(device, time, { item: 1 })]

    const status = await device.engine.syncNow()

    expect(status.phase).toBe('offline')
    expect(device.network.log.length).toBe(requestsBefore)
    expect(await outboxIds(device.db)).toEqual(ticks.map((tick) => tick.id))
    expect(time.pendingDelays().every((delay) => delay >= 60_000)).toBe(true) // no quick retries while offline

    device.online = true
    const settled = device.nextSettled()
    device.engine.trigger('online')
    expect((await settled).phase).toBe('upToDate')
    expect(await outboxIds(device.db)).toEqual([])
    await device.engine.stop()
  })

  it('tries again within five seconds while the server stays out of reach, however long that lasts', async () => {
    const device = await world.aSyncedDevice({ random: () => 0.999_999 })
    const tick = await tickAnItem(device, time)
    device.network.plan = () => 'dropRequest' // the browser says online, yet nothing gets through: no `online` event will come

    const waits: (number | null)[] = []
    expect((await device.engine.syncNow()).phase).toBe('offline')
    for (let failure = 0; failure < 9; failure += 1) {
      const settled = device.nextSettled()
      waits.push(time.fireNext())
      expect((await settled).phase).toBe('offline')
    }
    expect(Math.max(...waits.map(Number))).toBeLessThanOrEqual(5_000)

    device.network.plan = () => null // the server is back: the next try, seconds later, sends the tick
    const settled = device.nextSettled()
    expect(time.fireNext()).toBeLessThanOrEqual(5_000)
    expect((await settled).phase).toBe('upToDate')
    expect((await serverMutationLog(world.server)).get(tick.id)).toEqual(['applied'])
    await device.engine.stop()
  })

  it('says offline when requests cannot get out although the phone thinks it is online', async () => {
    const device = await world.aSyncedDevice()
    device.network.failNext('/sync', 'dropRequest')

    const status = await device.engine.syncNow()

    expect(status.phase).toBe('offline')
    expect(status.nextRetryAt).not.toBeNull()
    const settled = device.nextSettled()
    time.fireNext()
    expect((await settled).phase).toBe('upToDate')
    await device.engine.stop()
  })
})

describe('answers the app cannot use', () => {
  const described: Partial<Record<Fault, string>> = {
    notJson: 'not JSON',
    truncated: 'cut off halfway',
    wrongShape: 'of another API version',
    unknownEntity: 'about a kind of record this app version does not know',
  }
  const badAnswers: Fault[] = ['notJson', 'truncated', 'wrongShape']

  for (const fault of badAnswers) {
    it(`keeps every unsent change and all local data when the answer to a push is ${described[fault]}`, async () => {
      const device = await world.aSyncedDevice()
      const tick = await tickAnItem(device, time)
      const before = { view: await deviceView(device.db), outbox: await outboxIds(device.db) }
      device.network.failNext('/mutations', fault)

      const status = await device.engine.syncNow()

      expect(status).toMatchObject({ phase: 'error', problem: 'malformed' })
      expect(await outboxIds(device.db)).toEqual(before.outbox)
      expect(await deviceView(device.db)).toEqual(before.view)
      const settled = device.nextSettled()
      time.fireNext()
      expect((await settled).phase).toBe('upToDate')
      expect((await serverMutationLog(world.server)).get(tick.id)).toEqual(['applied'])
      expect(await deviceView(device.db)).toEqual(await serverView(world.server, 'lunner-forelder-1'))
      await device.engine.stop()
    })
  }

  for (const fault of badAnswers) {
    it(`keeps the device's data and its place in the feed when a page of the pull is ${described[fault]}`, async () => {
      const device = await world.aSyncedDevice()
      await tickAnItem(device, time, { item: 2, packed: false })
      const before = { view: await deviceView(device.db), cursor: await readCursor(device.db) }
      device.network.failNext('/sync', fault)

      const status = await device.engine.syncNow()

      expect(status).toMatchObject({ phase: 'error', problem: 'malformed' })
      expect(await readCursor(device.db)).toBe(before.cursor)
      expect(await deviceView(device.db)).toEqual(before.view) // the sent tick still shows
      const settled = device.nextSettled()
      time.fireNext()
      expect((await settled).phase).toBe('upToDate')
      expect(await deviceView(device.db)).toEqual(await serverView(world.server, 'lunner-forelder-1'))
      await device.engine.stop()
    })
  }

  // A newer server may send a kind of record this app does not know: the app skips it, not the page.
  it(`keeps syncing, and applies the rest of the page, when a page of the pull is ${described.unknownEntity}`, async () => {
    const device = await world.aSyncedDevice()
    await tickAnItem(device, time, { item: 2, packed: false })
    const before = await readCursor(device.db)
    device.network.failNext('/sync', 'unknownEntity')

    const status = await device.engine.syncNow()

    expect(status.phase).toBe('upToDate')
    expect(await readCursor(device.db)).not.toBe(before)
    expect(await deviceView(device.db)).toEqual(await serverView(world.server, 'lunner-forelder-1'))
    await device.engine.stop()
  })
})
