import 'fake-indexeddb/auto'
import { effectScope, type EffectScope } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useLiveQuery } from '../../../src/family/tools/useLiveQuery'
import type { PusteromDatabase } from '../../../src/family/db/database'
import { liveQueryHold } from '../../../src/family/db/liveQueryHold'
import { aDeviceDatabase, aStay } from '../sync/builders'

let db: PusteromDatabase
let scope: EffectScope
afterEach(async () => {
  scope?.stop()
  delete liveQueryHold.paused
  await db?.delete()
})

/** What a screen shows: the number of stays on the device, live. */
function shownStays() {
  scope = effectScope()
  return scope.run(() => useLiveQuery(() => db.stays.count(), -1))!.data
}

describe('a screen while the sync holds its queries', () => {
  it('keeps what it shows while pages are written, and shows the stays once the hold ends', async () => {
    db = aDeviceDatabase()
    const shown = shownStays()
    await vi.waitFor(() => expect(shown.value).toBe(0))
    liveQueryHold.paused = new Set()
    await db.stays.bulkPut([aStay(), aStay()])
    // The query saw the change and waits for the hold to end.
    await vi.waitFor(() => expect(liveQueryHold.paused?.size).toBe(1))
    expect(shown.value).toBe(0)
    const paused = [...(liveQueryHold.paused ?? [])]
    delete liveQueryHold.paused
    for (const resume of paused) resume()
    await vi.waitFor(() => expect(shown.value).toBe(2))
  })

  it('shows its first answer even during a hold', async () => {
    db = aDeviceDatabase()
    await db.stays.bulkPut([aStay()])
    liveQueryHold.paused = new Set()
    const shown = shownStays()
    await vi.waitFor(() => expect(shown.value).toBe(1))
  })
})
