// Pushes come at least once: a server process killed after the push service took a push, before it
// noted so, sends it again. The worker keeps the ids of the last pushes it showed (in Cache Storage,
// which outlives the worker's restarts) and shows a repeat no more.
export const SHOWN_PUSHES_CACHE = 'pusterom-shown-pushes'
export const SHOWN_PUSHES_ENTRY = '/shown-pushes.json'
const KEEP = 200

export function shownPushes(storage: Pick<CacheStorage, 'open'>) {
  // Two pushes arriving together must not both read the list before either writes it.
  let queue: Promise<unknown> = Promise.resolve()
  return {
    /** True the first time an id is asked about (and always for a push without one). */
    firstTime(id: string | null): Promise<boolean> {
      if (!id) return Promise.resolve(true)
      const answer = queue.then(async () => {
        const cache = await storage.open(SHOWN_PUSHES_CACHE)
        const stored = await cache.match(SHOWN_PUSHES_ENTRY)
        const ids = stored ? ((await stored.json()) as string[]) : []
        if (ids.includes(id)) return false
        await cache.put(SHOWN_PUSHES_ENTRY, new Response(JSON.stringify([...ids, id].slice(-KEEP))))
        return true
      })
      queue = answer.catch(() => undefined)
      return answer
    },
  }
}
