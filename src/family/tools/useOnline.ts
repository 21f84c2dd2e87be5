// Whether the browser believes it has a network, kept up to date by its online and offline events.
import { onScopeDispose, shallowRef } from 'vue'

export function useOnline() {
  const online = shallowRef(globalThis.navigator?.onLine ?? true)
  const update = () => {
    online.value = globalThis.navigator?.onLine ?? true
  }
  globalThis.addEventListener?.('online', update)
  globalThis.addEventListener?.('offline', update)
  onScopeDispose(() => {
    globalThis.removeEventListener?.('online', update)
    globalThis.removeEventListener?.('offline', update)
  })
  return online
}
