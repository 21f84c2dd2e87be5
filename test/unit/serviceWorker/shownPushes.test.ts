import { describe, expect, it } from 'vitest'
import { shownPushes } from '../../../src/service-worker/shownPushes'

/** Cache Storage as the worker has it, kept in memory. */
function aCacheStorage(): Pick<CacheStorage, 'open'> {
  const entries = new Map<string, string>()
  const cache = {
    match: async (key: string) => (entries.has(key) ? new Response(entries.get(key)) : undefined),
    put: async (key: string, response: Response) => void entries.set(key, await response.text()),
  }
  return { open: async () => cache as unknown as Cache }
}

describe('the service worker, given the same push twice', () => {
  it('shows a message the server sent again after a crash only once', async () => {
    const shown = shownPushes(aCacheStorage())
    expect(await shown.firstTime('message-1')).toBe(true)
    expect(await shown.firstTime('message-1')).toBe(false)
    expect(await shown.firstTime('message-2')).toBe(true)
  })

  it('shows only one of two copies that arrive together', async () => {
    const shown = shownPushes(aCacheStorage())
    expect(await Promise.all([shown.firstTime('deadline:a'), shown.firstTime('deadline:a')])).toEqual([true, false])
  })

  it('still remembers after the worker restarted', async () => {
    const storage = aCacheStorage()
    await shownPushes(storage).firstTime('summer:2027-03-01')
    expect(await shownPushes(storage).firstTime('summer:2027-03-01')).toBe(false)
  })
})
