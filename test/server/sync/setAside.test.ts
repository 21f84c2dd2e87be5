// A change the municipality's server keeps failing on: it never hides the municipality's news from the
// family, it is set aside after a few tries with its data kept, and the family's other changes go on.
import 'fake-indexeddb/auto'
import { beforeAll, expect, it } from 'vitest'
import { discardSetAside, retrySetAside, setAsideMutations } from '../../../src/family/sync/setAside'
import { aComingStay } from './support/householdData'
import { aStaffClient, type StaffClient } from './support/staffClient'
import { syncTestFile } from './support/syncTestFile'
import { outboxIds } from './support/syncWorld'

const sync = syncTestFile()
const { time, world } = sync
let staff: StaffClient
beforeAll(async () => {
  staff = await aStaffClient(world.server)
})

/** A new medicine the server failed on five times, set aside on the phone. */
async function aMedicineSetAside() {
  const device = await world.aSyncedDevice()
  const medicine = await sync.aNewMedicine(device)
  device.network.poison(medicine.id)
  await sync.syncThroughRetries(device)
  return { device, medicine }
}

it('shows the municipality’s cancellation even while a change of the family’s keeps failing', async () => {
  const device = await world.aSyncedDevice()
  const medicine = await sync.aNewMedicine(device)
  device.network.poison(medicine.id)
  const stay = await aComingStay(device.db, time.now())
  const cancel = { status: 'cancelledByMunicipality', reason: 'placeClosed', note: 'Stengt' }
  expect((await staff.request('PATCH', `/staff/stays/${stay.id}`, cancel)).status).toBe(200)

  const status = await device.engine.syncNow()

  expect(status).toMatchObject({ phase: 'error', problem: 'server' })
  expect((await device.db.stays.get(stay.id))?.status).toBe('cancelledByMunicipality')
  expect(await outboxIds(device.db)).toEqual([medicine.id])
  await device.engine.stop()
})

it('sets a medicine the server keeps failing on aside after five tries, and sends the tick made after it', async () => {
  const device = await world.aSyncedDevice()
  const medicine = await sync.aNewMedicine(device)
  const tick = await sync.tick(device)
  device.network.poison(medicine.id)

  const phases = await sync.syncThroughRetries(device)

  expect(phases).toEqual(['error', 'error', 'error', 'error', 'upToDate'])
  const log = await sync.serverLog()
  expect(log.get(tick.id)).toEqual(['applied'])
  expect(log.has(medicine.id)).toBe(false)
  expect(await setAsideMutations(device.db)).toMatchObject([{ id: medicine.id, attempts: 5, lastError: 'server' }])
  expect(await outboxIds(device.db)).toEqual([medicine.id]) // kept on the phone, with its data
  expect(await device.db.medications.get(medicine.args.medication.id)).toBeUndefined()
  await sync.expectInStepWithServer(device)
  await device.engine.stop()
})

it('sends a set-aside medicine again when the family tries again and the server takes it', async () => {
  const { device, medicine } = await aMedicineSetAside()
  device.network.plan = () => null

  await retrySetAside(device.db, medicine.id)
  expect(await device.db.medications.get(medicine.args.medication.id)).toMatchObject({ name: 'Melatonin' })
  expect((await device.engine.syncNow()).phase).toBe('upToDate')

  await sync.expectDelivered(device, medicine)
  await device.engine.stop()
})

it('lets the family discard a set-aside change, leaving the phone as the server has it', async () => {
  const { device, medicine } = await aMedicineSetAside()

  await discardSetAside(device.db, medicine.id)

  expect(await outboxIds(device.db)).toEqual([])
  await sync.expectInStepWithServer(device)
  await device.engine.stop()
})

it('never sets a change aside while its requests do not get out of the phone', async () => {
  const device = await world.aSyncedDevice()
  const medicine = await sync.aNewMedicine(device)
  device.network.poison(medicine.id, 'dropRequest')

  const phases = await sync.syncThroughRetries(device, 8)

  expect(phases).toEqual(Array(8).fill('offline'))
  expect(await setAsideMutations(device.db)).toEqual([])
  expect(await device.db.outbox.toArray()).toMatchObject([{ id: medicine.id, attempts: 0 }])
  await device.engine.stop()
})

it('never sets a change aside while the whole server is failing', async () => {
  const device = await world.aSyncedDevice()
  const medicine = await sync.aNewMedicine(device)
  device.network.plan = () => 'serverError'

  const phases = await sync.syncThroughRetries(device, 8)

  expect(phases).toEqual(Array(8).fill('error'))
  expect(await setAsideMutations(device.db)).toEqual([])
  expect(await device.db.outbox.toArray()).toMatchObject([{ id: medicine.id, attempts: 0 }])
  await device.engine.stop()
})
