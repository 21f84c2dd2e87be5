// Every change the family makes reaches the municipality exactly once, whatever happens on the way.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { packingId } from '../../../src/family/db/mutationEffects'
import { perform } from '../../../src/family/db/outbox'
import { readCursor } from '../../../src/family/sync/pull'
import { syncRoutes } from '../../../src/protocol/routes/syncRoutes'
import { aChecklistItem } from '../../unit/sync/builders'
import { aComingStay, aTemplateItem } from './support/householdData'
import {
  deviceView,
  outboxIds,
  serverMutationLog,
  serverView,
  type Device,
  syncServerForThisFile,
} from './support/syncWorld'
import { testClock } from '../../support/testClock'

const time = testClock()
const world = syncServerForThisFile(time)

async function tickSomething(device: Device, packed = true) {
  const stay = await aComingStay(device.db, time.now())
  const item = await aTemplateItem(device.db, stay.recipientId)
  return perform(device.db, 'setPacked', { stayId: stay.id, itemId: item.id, packed, at: time.iso() }, time)
}

describe('each change is applied exactly once', () => {
  it('answers a replayed change as a duplicate and changes nothing', async () => {
    const device = await world.aSyncedDevice()
    const item = aChecklistItem({
      recipientId: (await device.db.recipients.toArray())[0]?.id,
      label: 'Ekstra ullsokker',
    })
    const mutation = await perform(device.db, 'upsertChecklistItem', { item }, time)
    await device.engine.syncNow()
    const cursor = await readCursor(device.db)

    const replay = await device.api.call(syncRoutes.pushMutations, { body: { mutations: [mutation] } })

    expect(replay.results).toEqual([{ id: mutation.id, status: 'duplicate' }])
    const after = { cursor: cursor ?? undefined }
    expect((await device.api.call(syncRoutes.pullChanges, { query: after })).changes).toEqual([])
    expect((await serverMutationLog(world.server)).get(mutation.id)).toEqual(['applied'])
    await device.engine.stop()
  })

  it('sends a tick again when its answer was lost, and the municipality applies it once', async () => {
    const device = await world.aSyncedDevice()
    const tick = await tickSomething(device)
    device.network.failNext('/mutations', 'dropResponse')

    const failed = await device.engine.syncNow()
    expect(failed.phase).toBe('offline')
    expect((await serverMutationLog(world.server)).get(tick.id)).toEqual(['applied'])
    expect(await outboxIds(device.db)).toEqual([tick.id])

    time.fireNext() // the backoff retry
    await device.statusWhere((status) => status.phase === 'upToDate')
    expect(await outboxIds(device.db)).toEqual([])
    expect(device.network.count('/mutations')).toBe(2)
    expect((await serverMutationLog(world.server)).get(tick.id)).toEqual(['applied'])
    const id = packingId(tick.args.stayId, tick.args.itemId)
    expect((await deviceView(device.db)).packing[id]).toEqual(
      (await serverView(world.server, 'lunner-forelder-1')).packing[id],
    )
    await device.engine.stop()
  })
})

describe('a reload in the middle of a sync', () => {
  it('loses nothing when the page reloads after the municipality applied a push but before the answer came', async () => {
    const device = await world.aSyncedDevice()
    const stay = await aComingStay(device.db, time.now(), 3, 1)
    const first = await aTemplateItem(device.db, stay.recipientId, 0)
    const second = await aTemplateItem(device.db, stay.recipientId, 1)
    const made = [
      await perform(device.db, 'setPacked', { stayId: stay.id, itemId: first.id, packed: true, at: time.iso() }, time),
      await perform(device.db, 'setPacked', { stayId: stay.id, itemId: second.id, packed: true, at: time.iso() }, time),
      await perform(
        device.db,
        'requestCancellation',
        { changeRequestId: crypto.randomUUID(), stayId: stay.id, message: 'Ida er syk' },
        time,
      ),
    ]
    device.network.failNext('/mutations', 'answeredThenHang')
    const reloaded = new Promise<void>((resolve) => {
      device.network.onServerAnswered = () => resolve(device.reload())
    })

    device.engine.trigger('manual')
    await reloaded
    expect(await outboxIds(device.db)).toEqual(made.map((mutation) => mutation.id))

    device.engine.start()
    await device.statusWhere((status) => status.phase === 'upToDate')
    const log = await serverMutationLog(world.server)
    for (const mutation of made) expect(log.get(mutation.id)).toEqual(['applied'])
    expect(await outboxIds(device.db)).toEqual([])
    expect(await deviceView(device.db)).toEqual(await serverView(world.server, 'lunner-forelder-1'))
    await device.engine.stop()
  })

  it('picks up where it stopped when the page reloads between two pages of a pull', async () => {
    const device = await world.aSignedInDevice('lunner-forelder-2', { pageSize: 20 })
    device.network.failNext('/sync?', null, null, 'answeredThenHang')
    const reloaded = new Promise<void>((resolve) => {
      device.network.onServerAnswered = () => resolve(device.reload())
    })

    device.engine.start()
    await reloaded
    const cursorAtReload = await readCursor(device.db)
    expect(cursorAtReload).not.toBeNull()

    device.engine.start()
    await device.statusWhere((status) => status.phase === 'upToDate')
    const pulls = device.network.log.filter((request) => request.path.includes('/sync'))
    expect(pulls[3]?.path).toContain(`cursor=${cursorAtReload}`)
    expect(await deviceView(device.db)).toEqual(await serverView(world.server, 'lunner-forelder-2'))
    await device.engine.stop()
  })
})
