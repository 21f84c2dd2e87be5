import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { PusteromDatabase } from '../../../src/family/db/database'
import { withRequests } from '../../../src/family/db/changeRequestQueries'
import { DATABASE_NAME, firstReader } from '../../../src/family/db/firstRead'
import {
  firstDeadlineRule,
  firstPlaces,
  firstRecipients,
  firstSession,
  firstUpcoming,
} from '../../../src/family/db/firstScreenReads'
import { upcomingStays } from '../../../src/family/db/stayQueries'
import { SESSION_KEY } from '../../../src/family/sync/sessionOnDevice'
import { aPlace, aRecipient, aStay, anId } from '../../support/builders'
import { aChangeRequest, aMunicipality } from '../../support/calendarBuilders'
import { aMutation } from '../../support/mutationBuilders'

const from = '2026-11-20T12:00:00.000Z'
const ada = aRecipient({ name: 'Ada' })
const emil = aRecipient({ name: 'Emil' })
const place = aPlace()
const at = (start: string, end: string, who = ada) => aStay({ recipientId: who.id, placeId: place.id, start, end })
const underWay = at('2026-11-19T15:00:00.000Z', '2026-11-21T15:00:00.000Z')
const ended = at('2026-11-18T15:00:00.000Z', '2026-11-20T11:00:00.000Z')
const coming = [
  at('2026-11-27T15:00:00.000Z', '2026-11-29T15:00:00.000Z', emil),
  at('2026-12-04T15:00:00.000Z', '2026-12-06T15:00:00.000Z'),
  at('2026-12-11T15:00:00.000Z', '2026-12-13T15:00:00.000Z', emil),
]
const cancelling = aChangeRequest({ stayId: coming[1]!.id })
const answered = aChangeRequest({ stayId: coming[0]!.id, status: 'accepted' })
const session = { token: 't', expiresAt: '2026-12-01T00:00:00.000Z', user: { id: anId() } }

let db: PusteromDatabase
beforeAll(async () => {
  db = new PusteromDatabase()
  await db.stays.bulkPut([underWay, ended, ...coming])
  await db.changeRequests.bulkPut([cancelling, answered])
  const sending = aMutation('requestCancellation', {
    changeRequestId: cancelling.id,
    stayId: cancelling.stayId,
    message: '',
  })
  await db.outbox.add({ ...sending, attempts: 0, lastError: null })
  await db.places.put(place)
  await db.recipients.bulkPut([emil, ada])
  await db.municipality.put(aMunicipality())
  await db.meta.put({ key: SESSION_KEY, value: session })
})
afterAll(() => db.delete())

describe('the first screen read before Dexie has loaded', () => {
  it('finds the agenda the live query finds: stays under way and coming, their open requests, which are unsent', async () => {
    const live = await withRequests(db, () => upcomingStays(db, from, 2))
    const first = await firstUpcoming(from, 2)
    expect(first).toEqual(live)
    expect(first?.stays.map((stay) => stay.id)).toEqual([underWay.id, coming[0]!.id])
  })

  it("finds one person's agenda the live query finds, on the same index", async () => {
    expect(await firstUpcoming(from, 60, emil.id)).toEqual(
      await withRequests(db, () => upcomingStays(db, from, 60, emil.id)),
    )
    expect(await firstUpcoming(from, 60, ada.id)).toEqual(
      await withRequests(db, () => upcomingStays(db, from, 60, ada.id)),
    )
  })

  it('finds the session, the places, the people and the deadline rule on the device', async () => {
    expect(await firstSession(SESSION_KEY)).toEqual(session)
    expect(await firstPlaces()).toEqual([place])
    expect((await firstRecipients())?.map((recipient) => recipient.name).sort()).toEqual(['Ada', 'Emil'])
    expect(await firstDeadlineRule()).toEqual((await db.municipality.toCollection().first())?.changeDeadline)
  })

  it('reads the app’s own database', () => {
    expect(new PusteromDatabase().name).toBe(DATABASE_NAME)
  })
})

describe('the first read on a phone', () => {
  it('with no database yet answers nothing and leaves the database for Dexie to create', async () => {
    const name = `fresh-${anId()}`
    expect(await firstReader(name).read(['meta'], () => Promise.resolve('read'))).toBeUndefined()
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(name)
    const created = new PusteromDatabase(name)
    expect(await created.meta.count()).toBe(0)
    expect(created.verno).toBe(5)
    await created.delete()
  })

  it('never holds up Dexie upgrading an older database, and reads nothing after', async () => {
    const name = `older-${anId()}`
    const older = new Dexie(name)
    older.version(1).stores({ meta: 'key' })
    await older.table('meta').put({ key: SESSION_KEY, value: session })
    older.close()
    const reader = firstReader(name)
    expect(await reader.read(['meta'], () => Promise.resolve('read'))).toBe('read')
    const upgraded = new PusteromDatabase(name)
    await upgraded.open()
    expect(upgraded.verno).toBe(5)
    expect(await reader.read(['meta'], () => Promise.resolve('read'))).toBeUndefined()
    await upgraded.delete()
  })

  it('opens the database when warmed up, before the first read, and reads through that one connection', async () => {
    const name = `warmed-${anId()}`
    await new PusteromDatabase(name).meta.put({ key: SESSION_KEY, value: session })
    const opening = vi.spyOn(indexedDB, 'open')
    const reader = firstReader(name)
    reader.warmUp()
    expect(opening).toHaveBeenCalledTimes(1)
    expect(await reader.read(['meta'], () => Promise.resolve('read'))).toBe('read')
    reader.warmUp()
    expect(opening).toHaveBeenCalledTimes(1)
    opening.mockRestore()
    reader.handOver()
  })

  it('reads nothing once Dexie has taken over, and never blocks deleting the database (signing out)', async () => {
    const name = `signed-in-${anId()}`
    await new PusteromDatabase(name).meta.put({ key: SESSION_KEY, value: session })
    const reader = firstReader(name)
    expect(await reader.read(['meta'], () => Promise.resolve('read'))).toBe('read')
    reader.handOver()
    expect(await reader.read(['meta'], () => Promise.resolve('read'))).toBeUndefined()
    let blocked = false
    const deleting = indexedDB.deleteDatabase(name)
    deleting.onblocked = () => (blocked = true)
    await new Promise((resolve) => (deleting.onsuccess = resolve))
    expect(blocked).toBe(false)
  })
})
