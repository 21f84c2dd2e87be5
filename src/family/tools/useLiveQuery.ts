// A Dexie liveQuery as a Vue ref: re-runs when the tables it read change, stops with the component.
import { liveQuery } from 'dexie'
import { onScopeDispose, shallowRef, watch, type Ref, type WatchSource } from 'vue'
import { liveQueryHold } from '../db/liveQueryHold'

export function useLiveQuery<T>(
  query: () => Promise<T>,
  initial: T,
  deps: WatchSource[] = [],
): { data: Ref<T>; loaded: Ref<boolean> } {
  const data = shallowRef(initial) as Ref<T>
  const loaded = shallowRef(false)
  let subscription: { unsubscribe(): void } | undefined
  const subscribe = () => {
    subscription?.unsubscribe()
    subscription = liveQuery(query).subscribe({
      next: (value) => {
        // While a pull holds the queries, a change waits for its end; a query's first answer always shows.
        const paused = liveQueryHold.paused
        if (paused && loaded.value) {
          subscription?.unsubscribe()
          paused.add(subscribe)
          return
        }
        data.value = value
        loaded.value = true
      },
      error: (error: unknown) => console.error('A local query failed', error),
    })
  }
  // With no deps: subscribes once.
  watch(deps, subscribe, { immediate: true })
  onScopeDispose(() => {
    subscription?.unsubscribe()
    liveQueryHold.paused?.delete(subscribe)
  })
  return { data, loaded }
}
