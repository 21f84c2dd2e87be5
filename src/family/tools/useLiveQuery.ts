// A Dexie liveQuery as a Vue ref: re-runs when the tables it read change, stops with the component.
// Dexie loads on the first live query (loadDatabase.ts); a query of the first screen answers before it
// from `first`, a read of IndexedDB itself, and the live query takes over with its first answer.
import type { Observable } from 'dexie'
import { onScopeDispose, shallowRef, watch, type Ref, type WatchSource } from 'vue'
import type { PusteromDatabase } from '../db/database'
import { liveQueryHold } from '../db/liveQueryHold'
import { databaseIfLoaded, loadDatabase } from '../db/loadDatabase'

const loadLiveQuery = () => Promise.all([import('dexie'), loadDatabase()])

export function useLiveQuery<T>(
  query: (database: PusteromDatabase) => Promise<T>,
  initial: T,
  deps: WatchSource[] = [],
  first?: () => Promise<T | undefined>,
): { data: Ref<T>; loaded: Ref<boolean> } {
  const data = shallowRef(initial) as Ref<T>
  const loaded = shallowRef(false)
  let subscription: { unsubscribe(): void } | undefined
  // Whether this subscription's live query has answered (a first read then comes too late), and whether any has.
  let live = false
  let answeredLive = false
  // Each subscribe is a generation: an answer for deps since changed, or after the end, is dropped.
  let generation = 0
  const subscribe = () => {
    const mine = ++generation
    subscription?.unsubscribe()
    subscription = undefined
    live = false
    if (first && !databaseIfLoaded())
      void first().then((answer) => {
        if (mine !== generation || live || answer === undefined) return
        data.value = answer
        loaded.value = true
      })
    void loadLiveQuery().then(([{ liveQuery }, database]) => {
      if (mine === generation) listen(liveQuery(() => query(database)))
    })
  }
  const listen = (observable: Observable<T>) => {
    subscription = observable.subscribe({
      next: (value) => {
        // While a pull holds the queries, a change waits for its end; a query's first answer always shows.
        const paused = liveQueryHold.paused
        if (paused && answeredLive) {
          subscription?.unsubscribe()
          paused.add(subscribe)
          return
        }
        live = true
        answeredLive = true
        data.value = value
        loaded.value = true
      },
      error: (error: unknown) => console.error('A local query failed', error),
    })
  }
  // With no deps: subscribes once.
  watch(deps, subscribe, { immediate: true })
  onScopeDispose(() => {
    generation += 1
    subscription?.unsubscribe()
    liveQueryHold.paused?.delete(subscribe)
  })
  return { data, loaded }
}
