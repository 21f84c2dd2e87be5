// What the sync tests of one file stand on: the test clock, one demo server for the file, and the steps and
// checks they share (a tick or a new medicine made on a phone, syncing through the retry timers, the phone
// holding what the server holds, each change applied once).
import { expect } from 'vitest'
import { perform } from '../../../../src/family/db/outbox'
import { testClock } from '../../../support/testClock'
import { aMedication } from '../../../unit/sync/builders'
import { tickAnItem } from './deviceActions'
import { deviceView, outboxIds, serverMutationLog, serverView, syncServerForThisFile, type Device } from './syncWorld'

export function syncTestFile(options: { log?: (line: string) => void } = {}) {
  const time = testClock()
  const world = syncServerForThisFile(time, options.log)
  async function expectInStepWithServer(device: Device) {
    expect(await deviceView(device.db)).toEqual(await serverView(world.server, device.name))
  }
  return {
    time,
    world,
    /** How many times, and how, the server recorded each change by its id. */
    serverLog: () => serverMutationLog(world.server),
    /** Ticks (or unticks) an item of a coming stay's packing list on the phone. */
    tick: (device: Device, tick: Parameters<typeof tickAnItem>[2] = {}) => tickAnItem(device, time, tick),
    /** Adds a medicine to the first child's list on the phone. */
    async aNewMedicine(device: Device, name = 'Melatonin') {
      const recipientId = (await device.db.recipients.toArray())[0]?.id ?? ''
      return perform(device.db, 'upsertMedication', { medication: aMedication({ recipientId, name }) }, time)
    },
    /** Syncs now, then lets each retry timer fire, until a sync ends up to date or `passes` have run. */
    async syncThroughRetries(device: Device, passes = 8) {
      const phases = [(await device.engine.syncNow()).phase]
      while (phases.at(-1) !== 'upToDate' && phases.length < passes) {
        const settled = device.nextSettled()
        time.fireNext()
        phases.push((await settled).phase)
      }
      return phases
    },
    /** The phone holds exactly what the server would give a new phone of the same parent. */
    expectInStepWithServer,
    /** Each change was applied once, none waits on the phone, and the phone holds what the server holds. */
    async expectDelivered(device: Device, ...changes: { id: string }[]) {
      const log = await serverMutationLog(world.server)
      for (const change of changes) expect(log.get(change.id), change.id).toEqual(['applied'])
      expect(await outboxIds(device.db)).toEqual([])
      await expectInStepWithServer(device)
    },
  }
}
