// What the UI shows about syncing: the engine's status, the changes waiting on the device, the
// actions the server refused that the family has not yet seen, and those it kept failing on.
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { useLiveQuery } from '../composables/useLiveQuery'
import { db, type OutboxEntry, type Rejection } from '../db/database'
import { pendingCount, setAsideMutations } from '../db/outboxQueries'
import { loadAppSync } from '../sync/loadAppSync'
import { markRejectionsSeen as markSeenOnDevice, unseenRejections } from '../sync/rejections'
import { signedOutStatus, type SyncStatus } from '../sync/syncStatus'

export const useSyncStatusStore = defineStore('syncStatus', () => {
  const status = shallowRef<SyncStatus>(signedOutStatus)
  const engine = loadAppSync().then(({ engine }) => {
    status.value = engine.status
    engine.subscribe((next) => {
      status.value = next
    })
    return engine
  })
  const { data: pending } = useLiveQuery(() => pendingCount(db), 0)
  const { data: rejections } = useLiveQuery(() => unseenRejections(db), [] as Rejection[])
  const { data: setAside } = useLiveQuery(() => setAsideMutations(db), [] as OutboxEntry[])
  // Loaded on use: the outbox's writers bring the mutation schemas, which the first screen does without.
  const setAsideActions = () => import('../sync/setAside')

  function syncNow(): Promise<SyncStatus> {
    return engine.then((loaded) => loaded.syncNow())
  }

  function markRejectionsSeen(): Promise<void> {
    return markSeenOnDevice(db)
  }

  async function retrySetAside(id: string): Promise<void> {
    await (await setAsideActions()).retrySetAside(db, id)
    await (await engine).syncNow()
  }

  async function discardSetAside(id: string): Promise<void> {
    await (await setAsideActions()).discardSetAside(db, id)
  }

  return {
    status,
    phase: computed(() => status.value.phase),
    /** Why the last sync failed: 'sessionExpired' | 'server' | 'malformed' | 'refused' | 'device'. */
    problem: computed(() => status.value.problem),
    lastSyncedAt: computed(() => status.value.lastSyncedAt),
    /** Changes made on this device that the server has not confirmed yet. */
    pendingCount: pending,
    unseenRejections: rejections,
    syncNow,
    markRejectionsSeen,
    /** Changes the server kept failing on: kept on the device until the family retries or discards them. */
    setAside,
    retrySetAside,
    discardSetAside,
  }
})
