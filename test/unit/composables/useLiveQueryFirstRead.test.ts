import 'fake-indexeddb/auto'
import { effectScope, type EffectScope } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PusteromDatabase } from '../../../src/family/db/database'
import { aDeviceDatabase, aStay } from '../sync/builders'

let db: PusteromDatabase
let scope: EffectScope
// Each test starts as a page does: Dexie not loaded yet.
beforeEach(() => vi.resetModules())
afterEach(async () => {
  scope?.stop()
  await db?.delete()
})

describe('a query of the first screen, read before Dexie has loaded', () => {
  /** What the agenda shows: the stays on the device, first from its read of IndexedDB itself, then live. */
  async function shownFirst(first: () => Promise<number | undefined>, live: () => Promise<number>) {
    const { useLiveQuery } = await import('../../../src/family/tools/useLiveQuery')
    scope = effectScope()
    return scope.run(() => useLiveQuery(live, -1, [], first))!
  }

  it('shows the first read’s answer while the live query has not answered', async () => {
    db = aDeviceDatabase()
    const shown = await shownFirst(
      () => Promise.resolve(3),
      () => new Promise<number>(() => undefined),
    )
    await vi.waitFor(() => expect(shown.loaded.value).toBe(true))
    expect(shown.data.value).toBe(3)
  })

  it('keeps the live answer when the first read answers after it', async () => {
    db = aDeviceDatabase()
    let answerFirst: (value: number) => void = () => undefined
    const shown = await shownFirst(
      () => new Promise<number>((resolve) => (answerFirst = resolve)),
      () => db.stays.count(),
    )
    await vi.waitFor(() => expect(shown.data.value).toBe(0))
    answerFirst(3)
    await new Promise((resolve) => setTimeout(resolve))
    expect(shown.data.value).toBe(0)
  })

  it('waits for the live query when the first read cannot answer', async () => {
    db = aDeviceDatabase()
    await db.stays.bulkPut([aStay()])
    const shown = await shownFirst(
      () => Promise.resolve(undefined),
      () => db.stays.count(),
    )
    await vi.waitFor(() => expect(shown.data.value).toBe(1))
  })
})
