// The family's phone after the retention job deleted its household: told to sign in again, once, and no
// loop of retries against a door that stays shut.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { readSession } from '../../../src/family/sync/sessionOnDevice'
import { syncTestFile } from '../sync/support/syncTestFile'

const { world } = syncTestFile()

describe("a family's phone whose household the retention job deleted", () => {
  it('asks the family to sign in again and stops trying, however often it is woken', async () => {
    const device = await world.aSyncedDevice({ username: 'lunner-forelder-3' })
    const householdId = (await readSession(device.db))?.user.householdId
    await world.server.storage.query('SELECT delete_household($1)', [householdId])
    const requestsBefore = device.network.log.length

    const status = await device.engine.syncNow()
    expect(status).toMatchObject({ phase: 'error', problem: 'sessionExpired', nextRetryAt: null })
    device.engine.trigger('timer')
    device.engine.trigger('visible')
    device.engine.trigger('online')
    expect(device.network.log.length).toBe(requestsBefore + 1)
    await device.engine.stop()
  })
})
