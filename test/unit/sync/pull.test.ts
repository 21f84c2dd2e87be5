import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { PusteromDatabase } from '../../../src/db/database'
import type { ApiClient } from '../../../src/sync/apiClient'
import { pullChanges, readCursor } from '../../../src/sync/pull'
import type { SyncResponse } from '../../../src/protocol'
import { aDeviceDatabase, aStay } from './builders'

let db: PusteromDatabase
afterEach(async () => {
  await db?.delete()
})

const aPage = (cursor: string, hasMore: boolean): SyncResponse => {
  const stay = aStay()
  return { cursor, hasMore, changes: [{ entity: 'stay', id: stay.id, version: 1, deleted: false, data: stay }] }
}

/** A server with two pages, noting what the phone had written when each page was asked for. */
function twoPages(pagesOnTheirWay: Array<{ asked: string | null; storedCursor: string | null }>) {
  const pages: Record<string, SyncResponse> = { first: aPage('1', true), '1': aPage('2', false) }
  return {
    pull: async (cursor: string | null) => {
      pagesOnTheirWay.push({ asked: cursor, storedCursor: await readCursor(db) })
      return pages[cursor ?? 'first'] as SyncResponse
    },
  } as unknown as ApiClient
}

describe('a first sync of many pages', () => {
  it('asks for the next page while the phone is still writing the one before, and keeps every page', async () => {
    db = aDeviceDatabase()
    const asked: Array<{ asked: string | null; storedCursor: string | null }> = []
    await pullChanges(db, twoPages(asked), new AbortController().signal)
    expect(asked).toEqual([
      { asked: null, storedCursor: null },
      { asked: '1', storedCursor: null },
    ])
    expect(await readCursor(db)).toBe('2')
    expect(await db.stays.count()).toBe(2)
  })
})
