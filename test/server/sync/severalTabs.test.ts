// Two tabs of the app on one phone share its database and its outbox: one tab syncs at a time (the Web
// Lock), a change made in either is sent once, and news both tabs hear of is fetched once.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { SyncEngine } from '../../../src/family/sync/engine'
import type { SyncStatus } from '../../../src/family/sync/syncStatus'
import { tickAnItem } from './support/deviceActions'
import { serverMutationLog, syncServerForThisFile, type Device } from './support/syncWorld'
import { testClock } from '../../support/testClock'

const time = testClock()
const world = syncServerForThisFile(time)

/** Web Locks as the browser grants them, one holder at a time, in order; a test may hold the lock itself. */
function aWebLock() {
  let tail: Promise<unknown> = Promise.resolve()
  return {
    lock: <T>(_name: string, run: () => Promise<T>): Promise<T> => {
      const turn = tail.then(run)
      tail = turn.catch(() => undefined)
      return turn
    },
    /** Holds the lock until the returned function is called. */
    hold(): () => void {
      let release = () => undefined as void
      const held = new Promise<void>((resolve) => (release = resolve))
      tail = tail.then(() => held)
      return () => release()
    },
  }
}

let open: SyncEngine[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((engine) => engine.stop()))
})

/** A synced phone with a second tab open on it, both engines running and settled. */
async function aPhoneWithTwoTabs(): Promise<{
  device: Device
  second: SyncEngine
  webLock: ReturnType<typeof aWebLock>
}> {
  const webLock = aWebLock()
  const device = await world.aSyncedDevice({ engine: { lock: webLock.lock } })
  const second = device.anotherTab()
  open = [device.engine, second]
  const settled = new Promise<void>((resolve) => {
    const stop = second.subscribe((status) => status.phase === 'upToDate' && resolve(stop()))
  })
  second.start()
  await settled
  return { device, second, webLock }
}

/** The next status the engine reports that passes `test` (not the one it has now). */
function nextStatus(engine: SyncEngine, test: (status: SyncStatus) => boolean): Promise<SyncStatus> {
  return new Promise((resolve) => {
    let current = true
    const stop = engine.subscribe((status) => {
      if (current || !test(status)) return
      stop()
      resolve(status)
    })
    current = false
  })
}
const upToDate = (status: SyncStatus) => status.phase === 'upToDate'

describe('two tabs of the app on one phone', () => {
  it('fetch news both tabs hear of once: the tab that waited for the lock finds it fetched', async () => {
    const { device, second, webLock } = await aPhoneWithTwoTabs()
    const pullsBefore = device.network.count('/sync')
    const release = webLock.hold()
    const settled = Promise.all([nextStatus(device.engine, upToDate), nextStatus(second, upToDate)])
    device.engine.trigger('push')
    second.trigger('push')
    time.advance(1)
    release()

    await settled

    expect(device.network.count('/sync') - pullsBefore).toBe(1)
  })

  it('send a change made in one tab once, though both tabs see it in the outbox', async () => {
    const { device, second, webLock } = await aPhoneWithTwoTabs()
    const pushesBefore = device.network.count('/mutations')
    const release = webLock.hold()
    const settled = Promise.all([nextStatus(device.engine, upToDate), nextStatus(second, upToDate)])
    const tick = await tickAnItem(device, time)
    device.engine.trigger('localChange')
    second.trigger('localChange')
    time.advance(1)
    release()

    await settled

    expect(device.network.count('/mutations') - pushesBefore).toBe(1)
    expect((await serverMutationLog(world.server)).get(tick.id)).toEqual(['applied'])
    expect(await device.db.outbox.count()).toBe(0)
  })

  it('leave out a tab’s pull on its timer when the other tab synced within the minute', async () => {
    const { device, second } = await aPhoneWithTwoTabs()
    time.advance(30_000)
    await device.engine.syncNow()
    const pullsBefore = device.network.count('/sync')
    time.advance(30_000)

    const settled = nextStatus(second, upToDate)
    second.trigger('timer')
    await settled

    expect(device.network.count('/sync') - pullsBefore).toBe(0)
  })
})
