// Two parents' phones, the municipality's answers, and signing in and out.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { packingId } from '../../../src/family/db/mutationEffects'
import { perform } from '../../../src/family/db/outbox'
import { createApiClient } from '../../../src/protocol/apiClient'
import { isApiError } from '../../../src/protocol/apiError'
import { syncRoutes } from '../../../src/protocol/routes/syncRoutes'
import { unseenRejections } from '../../../src/family/sync/rejections'
import { readSession, signIn, signOut } from '../../../src/family/sync/session'
import { aChecklistItem, aMedication } from '../../unit/sync/builders'
import { aComingStay, aStartedStay, aTemplateItem } from './support/householdData'
import { aStaffClient } from './support/staffClient'
import { DEMO_PASSWORD, deviceView, outboxIds, serverView, syncServerForThisFile } from './support/syncWorld'
import { testClock } from '../../support/testClock'

const time = testClock()
const world = syncServerForThisFile(time)

describe('two parents, two phones', () => {
  it('end up showing the same thing after both made changes offline', async () => {
    const mother = await world.aSyncedDevice()
    const father = await world.aSyncedDevice({ username: 'lunner-forelder-2' })
    mother.online = false
    father.online = false
    const stay = await aComingStay(mother.db, time.now(), 3, 2)
    const item = await aTemplateItem(mother.db, stay.recipientId)
    const message = (await mother.db.messages.toArray()).find((candidate) => candidate.readAt === null)
    await perform(mother.db, 'setPacked', { stayId: stay.id, itemId: item.id, packed: true, at: time.iso() }, time)
    await perform(
      mother.db,
      'upsertChecklistItem',
      { item: aChecklistItem({ recipientId: stay.recipientId, stayId: stay.id, label: 'Badetøy' }) },
      time,
    )
    if (message) await perform(mother.db, 'markMessageRead', { messageId: message.id, at: time.iso() }, time)
    time.advance(60_000)
    await perform(father.db, 'setPacked', { stayId: stay.id, itemId: item.id, packed: false, at: time.iso() }, time)
    await perform(
      father.db,
      'upsertMedication',
      { medication: aMedication({ recipientId: stay.recipientId, name: 'Melatonin' }) },
      time,
    )
    if (message) await perform(father.db, 'markMessageRead', { messageId: message.id, at: time.iso() }, time)

    mother.online = true
    father.online = true
    await father.engine.syncNow()
    await mother.engine.syncNow()
    await father.engine.syncNow()

    const onServer = await serverView(world.server, 'lunner-forelder-1')
    expect(await deviceView(mother.db)).toEqual(onServer)
    expect(await deviceView(father.db)).toEqual(onServer)
    expect(onServer.packing[packingId(stay.id, item.id)]).toMatchObject({ packed: false }) // the later untick wins
    await mother.engine.stop()
    await father.engine.stop()
  })

  it('keeps a tick made during a pull visible over the other phone’s older tick that the pull brings', async () => {
    const mother = await world.aSyncedDevice()
    const father = await world.aSyncedDevice({ username: 'lunner-forelder-2' })
    const stay = await aComingStay(father.db, time.now(), 3, 3)
    const item = await aTemplateItem(father.db, stay.recipientId, 1)
    const id = packingId(stay.id, item.id)
    await perform(father.db, 'setPacked', { stayId: stay.id, itemId: item.id, packed: false, at: time.iso() }, time)
    await father.engine.syncNow()
    time.advance(60_000)

    let tickId = ''
    mother.network.onRequest = async (request) => {
      if (!request.path.includes('/sync')) return
      mother.network.onRequest = null
      tickId = (
        await perform(mother.db, 'setPacked', { stayId: stay.id, itemId: item.id, packed: true, at: time.iso() }, time)
      ).id
    }
    await mother.engine.syncNow()

    expect((await deviceView(mother.db)).packing[id]).toBeDefined()
    expect(await mother.db.packing.get(id)).toMatchObject({ packed: true })
    expect(await outboxIds(mother.db)).toEqual([tickId])
    await mother.engine.syncNow()
    await father.engine.syncNow()
    expect(await father.db.packing.get(id)).toMatchObject({ packed: true })
    expect(await deviceView(mother.db)).toEqual(await deviceView(father.db))
    await mother.engine.stop()
    await father.engine.stop()
  })
})

describe('changes the municipality refuses', () => {
  it('are kept with the municipality’s own words and taken off the phone', async () => {
    const device = await world.aSyncedDevice()
    const started = await aStartedStay(device.db, time.now())
    const item = await aTemplateItem(device.db, started.recipientId)
    const late = await perform(
      device.db,
      'requestCancellation',
      { changeRequestId: crypto.randomUUID(), stayId: started.id, message: 'Vi er syke' },
      time,
    )
    const stray = await perform(device.db, 'upsertChecklistItem', { item: aChecklistItem({ label: 'Sokker' }) }, time)
    const misplaced = await perform(
      device.db,
      'upsertChecklistItem',
      { item: { ...item, label: 'Endret', stayId: crypto.randomUUID() } },
      time,
    )
    expect(await device.db.changeRequests.get(late.args.changeRequestId)).toMatchObject({ status: 'pending' })

    expect((await device.engine.syncNow()).phase).toBe('upToDate')

    const rows = await world.server.storage.query<{ mutation_id: string; error: { message: string } }>(
      "SELECT mutation_id, error FROM applied_mutations WHERE status = 'rejected'",
    )
    const serverWords = new Map(rows.map((row) => [row.mutation_id, row.error.message]))
    const rejections = await unseenRejections(device.db)
    expect(rejections.map((rejection) => rejection.id).sort()).toEqual([late.id, stray.id, misplaced.id].sort())
    for (const rejection of rejections) expect(rejection.message).toBe(serverWords.get(rejection.id))
    expect(await device.db.changeRequests.get(late.args.changeRequestId)).toBeUndefined()
    expect(await device.db.checklistItems.get(stray.args.item.id)).toBeUndefined()
    expect(await device.db.checklistItems.get(item.id)).toEqual(item)
    expect(await deviceView(device.db)).toEqual(await serverView(world.server, 'lunner-forelder-1'))
    await device.engine.stop()
  })
})

describe('signing in and out', () => {
  it('keeps the session and the municipality’s rules on the phone, so it starts signed in without a network', async () => {
    const device = await world.aSignedInDevice('lunner-forelder-1')

    const session = await readSession(device.db)
    expect(session?.user).toMatchObject({ name: 'Hanne Berg', role: 'caregiver' })
    expect(Date.parse(session?.expiresAt ?? '')).toBeGreaterThan(time.now())
    expect(await device.db.municipality.toArray()).toMatchObject([{ changeDeadline: { daysBefore: 1, time: '15:00' } }])
    device.online = false
    device.engine.start()
    expect((await device.engine.syncNow()).phase).toBe('offline')
    await device.engine.stop()
  })

  it('asks the family to sign in again when the session has ended, and sends their changes after', async () => {
    const device = await world.aSyncedDevice()
    const tick = await perform(
      device.db,
      'markMedicationListReviewed',
      { recipientId: (await device.db.recipients.toArray())[0]?.id ?? '', at: time.iso() },
      time,
    )
    await world.server.storage.query('DELETE FROM sessions')
    const requestsBefore = device.network.log.length

    const status = await device.engine.syncNow()
    expect(status).toMatchObject({ phase: 'error', problem: 'sessionExpired', nextRetryAt: null })
    device.engine.trigger('timer')
    device.engine.trigger('visible')
    expect(device.network.log.length).toBe(requestsBefore + 1) // no retries against a closed door
    expect(await outboxIds(device.db)).toEqual([tick.id])

    await signIn(device.context, 'lunner-forelder-1', DEMO_PASSWORD)
    expect((await device.engine.syncNow()).phase).toBe('upToDate')
    expect(await outboxIds(device.db)).toEqual([])
    await device.engine.stop()
  })

  it('ends the session on the server and leaves none of the family’s data on the phone', async () => {
    const device = await world.aSyncedDevice()
    const token = (await readSession(device.db))?.token ?? ''
    const cacheNames = new Set(['workbox-precache-v2-http://127.0.0.1/', 'pusterom-api', 'pusterom-images'])
    const caches = { keys: async () => [...cacheNames], delete: async (name: string) => cacheNames.delete(name) }
    await device.engine.stop()

    await signOut(device.context, { online: true, caches })

    expect(await readSession(device.db)).toBeNull()
    expect(Object.values(await deviceView(device.db)).every((rows) => Object.keys(rows).length === 0)).toBe(true)
    expect(await device.db.municipality.count()).toBe(0)
    expect([...cacheNames]).toEqual(['workbox-precache-v2-http://127.0.0.1/'])
    const oldToken = createApiClient({ baseUrl: world.server.url, token: () => token })
    const refused = await oldToken.call(syncRoutes.pullChanges).catch((error: unknown) => error)
    expect(isApiError(refused, 'sessionExpired')).toBe(true)
  })

  it('starts from an empty phone when another family signs in on it', async () => {
    const device = await world.aSyncedDevice()
    await device.engine.stop()
    const bergStays = Object.keys((await deviceView(device.db)).stay)

    await signIn(device.context, 'lunner-forelder-3', DEMO_PASSWORD)
    device.engine.start()
    expect((await device.engine.syncNow()).phase).toBe('upToDate')

    expect((await readSession(device.db))?.user.name).toBe('Sara Haddad')
    const stays = Object.keys((await deviceView(device.db)).stay)
    expect(stays.filter((id) => bergStays.includes(id))).toEqual([])
    expect(await deviceView(device.db)).toEqual(await serverView(world.server, 'lunner-forelder-3'))
    await device.engine.stop()
  })
})

describe('the municipality’s rules', () => {
  it('reach the phone with the message that tells of a new change deadline', async () => {
    const device = await world.aSyncedDevice()
    const staff = await aStaffClient(world.server)
    const earlier = { daysBefore: 2, time: '12:00', timeZone: 'Europe/Oslo' }
    expect((await staff.request('PUT', '/staff/municipality', { changeDeadline: earlier })).status).toBe(200)

    await device.engine.syncNow()

    expect((await device.db.municipality.toArray())[0]?.changeDeadline).toEqual(earlier)
    await staff.request('PUT', '/staff/municipality', {
      changeDeadline: { daysBefore: 1, time: '15:00', timeZone: 'Europe/Oslo' },
    })
    await device.engine.stop()
  })
})
