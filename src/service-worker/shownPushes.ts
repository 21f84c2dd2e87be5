// Pushes come at least once: a server process killed after the push service took a push, before it
// noted so, sends it again. The worker keeps the ids of the last pushes it showed (in Cache Storage,
// which outlives the worker's restarts) and shows a repeat no more.
const CACHE = 'pusterom-shown-pushes'
const ENTRY = '/shown-pushes.json'
const KEEP = 200

export function shownPushes(storage: Pick<CacheStorage, 'open'>) {
  // Two pushes arriving together must not both read the list before either writes it.
  let queue: Promise<unknown> = Promise.resolve()
  return {
    /** True the first time an id is asked about (and always for a push without one). */
    firstTime(id: string | null): Promise<boolean> {
      if (!id) return Promise.resolve(true)
      const answer = queue.then(async () => {
        const cache = await storage.open(CACHE)
        const stored = await cache.match(ENTRY)
        const ids = stored ? ((await stored.json()) as string[]) : []
        if (ids.includes(id)) return false
        await cache.put(ENTRY, new Response(JSON.stringify([...ids, id].slice(-KEEP))))
        return true
      })
      queue = answer.catch(() => undefined)
      return answer
    },
  }
}
