// An app a phone has not updated, against a newer server: it says which protocol it speaks, skips what it
// cannot read and keeps syncing the rest, pulls everything again once it is updated, and never loses a
// change it queued, even when the server asks it to update first.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { PusteromDatabase } from '../../../src/family/db/database'
import { perform } from '../../../src/family/db/outbox'
import { pullChanges, readCursor } from '../../../src/family/sync/pull'
import { syncPass } from '../../../src/family/sync/syncPass'
import { PROTOCOL_HEADER, PROTOCOL_VERSION, type SyncResponse } from '../../../src/protocol'
import { createApiClient } from '../../../src/protocol/apiClient'
import { isApiError } from '../../../src/protocol/apiError'
import { testClock } from '../../support/testClock'
import { aDeviceDatabase, aMedication, aStay } from './builders'

let db: PusteromDatabase
afterEach(async () => {
  await db?.delete()
})

/** A server that answers each pull with the next of `pages` and notes what it was asked. */
function aServer(answer: (url: URL, init: RequestInit | undefined) => Response) {
  const asked: { url: URL; protocol: string | null }[] = []
  const api = createApiClient({
    baseUrl: 'http://127.0.0.1:9',
    token: () => 'a-session-token-of-twenty-characters',
    fetch: async (input, init) => {
      const url = new URL(String(input))
      asked.push({ url, protocol: new Headers(init?.headers).get(PROTOCOL_HEADER) })
      return answer(url, init)
    },
  })
  return { api, asked }
}

const page = (cursor: string, changes: SyncResponse['changes']): SyncResponse => ({ cursor, changes, hasMore: false })
const stop = () => new AbortController().signal

describe('an app against a server newer than it', () => {
  it('says on every request which protocol version it speaks', async () => {
    const { api, asked } = aServer(() => Response.json(page('1', [])))
    db = aDeviceDatabase()
    await pullChanges(db, api, stop())
    expect(asked.map((request) => request.protocol)).toEqual([String(PROTOCOL_VERSION)])
  })

  it('skips an entity it does not know and a state it cannot read, keeps the rest, and moves on', async () => {
    const known = aStay()
    const laterState = { ...aStay(), status: 'onHold' }
    db = aDeviceDatabase()
    await db.stays.put({ ...laterState, status: 'planned' })
    const { api } = aServer(() =>
      Response.json(
        page('30', [
          { entity: 'travelPlan', id: 'plan-1', version: 28, deleted: false, data: { id: 'plan-1' } },
          { entity: 'stay', id: laterState.id, version: 29, deleted: false, data: laterState },
          { entity: 'stay', id: known.id, version: 30, deleted: false, data: known },
        ]),
      ),
    )

    await pullChanges(db, api, stop())

    expect(await db.stays.get(known.id)).toEqual(known)
    expect((await db.stays.get(laterState.id))?.status).toBe('planned') // the version it could read stays
    expect(await readCursor(db)).toBe('30')
  })

  it('pulls everything again from the start once updated, since an older version pulled up to its cursor', async () => {
    db = aDeviceDatabase()
    await db.syncState.put({ key: 'cursor', value: '41' }) // as an app from before protocol versions left it
    const { api, asked } = aServer(() => Response.json(page('41', [])))

    await pullChanges(db, api, stop())
    await pullChanges(db, api, stop())

    expect(asked.map((request) => request.url.searchParams.get('cursor'))).toEqual([null, '41'])
  })

  it('keeps its queued changes, not set aside, when the server asks it to update first', async () => {
    db = aDeviceDatabase()
    const clock = testClock()
    await perform(db, 'upsertMedication', { medication: aMedication({ name: 'Melatonin' }) }, clock)
    const outdated = () =>
      Response.json({ error: { code: 'app_outdated', message: 'update the app' } }, { status: 426 })
    const { api } = aServer(outdated)

    for (let attempt = 0; attempt < 6; attempt++) {
      const failure = await syncPass({ db, api, clock }, stop()).catch((error: unknown) => error)
      expect(isApiError(failure, 'outdated')).toBe(true)
    }

    const [queued] = await db.outbox.toArray()
    expect(queued).toMatchObject({ name: 'upsertMedication', attempts: 0 })
    expect(queued?.setAsideAt ?? null).toBeNull()
  })
})
