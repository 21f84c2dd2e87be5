// The device's database vanishing under the running app (the browser evicted it, someone cleared it): the
// tab puts the session it holds back, so the next sync fetches everything, and notes what may be lost.
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PusteromDatabase } from '../../../src/family/db/database'
import { readRestoredNotice } from '../../../src/family/db/restoredNotice'
import { readSession, type StoredSession } from '../../../src/family/sync/sessionOnDevice'
import { keepSessionInMemory, type SessionKeeper } from '../../../src/family/sync/vanishedDatabase'
import { anId } from '../../support/builders'
import { testClock } from '../../support/testClock'
import { aDeviceDatabase } from './builders'

const time = testClock('2026-12-06T09:00:00.000Z')
let db: PusteromDatabase
const keepers: SessionKeeper[] = []
afterEach(async () => {
  for (const keeper of keepers.splice(0)) keeper.stop()
  await db.delete()
})

const session: StoredSession = {
  token: 'a-session-token-of-twenty-characters',
  expiresAt: '2027-01-05T09:00:00.000Z',
  user: { id: anId(), name: 'Hanne Berg', role: 'caregiver', householdId: anId(), municipalityId: anId() },
}

/** localStorage as every tab of the app shares it. */
function sharedMarks(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>()
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  }
}

/** A tab of the signed-in app, with `unsent` changes waiting, once it has seen them. */
async function aSignedInTab(marks = sharedMarks(), unsent = 0): Promise<SessionKeeper> {
  db ??= aDeviceDatabase()
  await db.meta.put({ key: 'session', value: session })
  for (let n = 0; n < unsent; n += 1)
    await db.outbox.add({
      id: anId(),
      name: 'markMessageRead',
      args: { messageId: anId(), at: time.iso() },
      createdAt: time.iso(),
      attempts: 0,
      lastError: null,
    })
  const keeper = keepSessionInMemory(db, time, marks)
  keepers.push(keeper)
  await vi.waitFor(() => expect(keeper.held()).toEqual({ session, unsent }))
  return keeper
}

/** What the browser does when it evicts the site's data: the database is deleted under the open app. */
async function erased(): Promise<void> {
  await Dexie.delete(db.name)
}

describe('the device database vanishing under the running app', () => {
  it('gets the session back, so the next sync fetches everything from the server', async () => {
    db = aDeviceDatabase()
    const tab = await aSignedInTab()
    await erased()

    expect(await tab.restoreIfVanished()).toBe(true)

    expect(await readSession(db)).toEqual(session)
    expect(await readRestoredNotice(db)).toEqual({ at: '2026-12-06T09:00:00.000Z', unsent: 0 })
  })

  it('notes how many changes were not sent yet', async () => {
    db = aDeviceDatabase()
    const tab = await aSignedInTab(sharedMarks(), 2)
    await erased()

    await tab.restoreIfVanished()

    expect((await readRestoredNotice(db))?.unsent).toBe(2)
    expect(await db.outbox.count()).toBe(0)
  })

  it('puts nothing back after the family signed out in this tab', async () => {
    db = aDeviceDatabase()
    const tab = await aSignedInTab()
    tab.signingOut()
    await erased()

    expect(await tab.restoreIfVanished()).toBe(false)
    expect(await readSession(db)).toBeNull()
  })

  it('puts nothing back after the family signed out in another tab, until someone signs in again', async () => {
    db = aDeviceDatabase()
    const marks = sharedMarks()
    const tab = await aSignedInTab(marks)
    const other = keepSessionInMemory(db, time, marks)
    keepers.push(other)
    other.signingOut()
    await erased()

    expect(await tab.restoreIfVanished()).toBe(false)

    other.signedIn()
    expect(await tab.restoreIfVanished()).toBe(true)
  })
})
