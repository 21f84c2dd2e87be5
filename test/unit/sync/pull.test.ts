import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PusteromDatabase } from '../../../src/family/db/database'
import { liveQueryHold } from '../../../src/family/db/liveQueryHold'
import type { ApiClient } from '../../../src/protocol/apiClient'
import { pullChanges, readCursor } from '../../../src/family/sync/pull'
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

/** A client whose pulls `pageAfter` answers, by the cursor asked after (null: from the start). */
const pulls = (pageAfter: (cursor: string | null) => Promise<SyncResponse>) =>
  ({
    call: (_route: unknown, input?: { query?: { cursor?: string } }) => pageAfter(input?.query?.cursor ?? null),
  }) as unknown as ApiClient

/** A server with two pages, noting what the phone had written when each page was asked for. */
function twoPages(pagesOnTheirWay: Array<{ asked: string | null; storedCursor: string | null }>) {
  const pages: Record<string, SyncResponse> = { first: aPage('1', true), '1': aPage('2', false) }
  return pulls(async (cursor) => {
    pagesOnTheirWay.push({ asked: cursor, storedCursor: await readCursor(db) })
    return pages[cursor ?? 'first'] as SyncResponse
  })
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

/** A server whose pages come at once, except the ones held back until the test lets them go. */
function pagesOf(pages: Record<string, SyncResponse>, heldBack: Record<string, Promise<void>> = {}) {
  return pulls(async (cursor) => {
    await heldBack[cursor ?? 'first']
    // A screen's query sees the page before it is written: it waits if the pull holds the queries.
    liveQueryHold.paused?.add(redraw)
    return pages[cursor ?? 'first'] as SyncResponse
  })
}
let redraw = vi.fn()

describe('the screens during a first sync of many pages', () => {
  it('redraw once after pages written back to back, not after each page', async () => {
    db = aDeviceDatabase()
    redraw = vi.fn()
    const pages = { first: aPage('1', true), '1': aPage('2', true), '2': aPage('3', false) }
    await pullChanges(db, pagesOf(pages), new AbortController().signal)
    expect(redraw).toHaveBeenCalledTimes(1)
    expect(liveQueryHold.paused).toBeUndefined()
    expect(await db.stays.count()).toBe(3)
  })

  it('catch up with what is written while the next page is slow to come', async () => {
    db = aDeviceDatabase()
    redraw = vi.fn()
    let letThrough = () => {}
    const slow = new Promise<void>((resolve) => (letThrough = resolve))
    const pages = { first: aPage('1', true), '1': aPage('2', true), '2': aPage('3', false) }
    const pulled = pullChanges(db, pagesOf(pages, { '2': slow }), new AbortController().signal)
    await vi.waitFor(() => expect(redraw).toHaveBeenCalled())
    expect(await db.stays.count()).toBe(2)
    letThrough()
    await pulled
    expect(await db.stays.count()).toBe(3)
  })
})
