// One read from the staff API for a screen: its data, whether it is loading, and a failure to show.
// A 401 signs the console out (the shell then asks to sign in again).
import { shallowRef, type ShallowRef } from 'vue'
import type { ApiClient } from '../../protocol/apiClient'

export interface StaffQuery<T> {
  data: ShallowRef<T>
  loading: ShallowRef<boolean>
  failed: ShallowRef<boolean>
  reload: () => Promise<void>
}

/** The signed-in session a query reads with (the staff session store). */
export interface StaffQuerySession {
  readonly api: ApiClient
  expired: (error: unknown) => boolean
}

export function useStaffQuery<T>(
  session: StaffQuerySession,
  read: (api: ApiClient) => Promise<T>,
  initial: T,
): StaffQuery<T> {
  const data = shallowRef(initial) as ShallowRef<T>
  const loading = shallowRef(false)
  const failed = shallowRef(false)
  let latest = 0

  async function reload(): Promise<void> {
    const call = ++latest
    loading.value = true
    try {
      const result = await read(session.api)
      if (call !== latest) return // an older answer that arrived after a newer one
      data.value = result
      failed.value = false
    } catch (error) {
      if (call === latest && !session.expired(error)) failed.value = true
    } finally {
      if (call === latest) loading.value = false
    }
  }

  return { data, loading, failed, reload }
}
