// A Dexie liveQuery as a Vue ref: re-runs when the tables it read change, stops with the component.
import { liveQuery } from 'dexie'
import { onScopeDispose, shallowRef, watch, type Ref, type WatchSource } from 'vue'

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
        data.value = value
        loaded.value = true
      },
      error: (error: unknown) => console.error('A local query failed', error),
    })
  }
  if (deps.length > 0) watch(deps, subscribe, { immediate: true })
  else subscribe()
  onScopeDispose(() => subscription?.unsubscribe())
  return { data, loaded }
}
