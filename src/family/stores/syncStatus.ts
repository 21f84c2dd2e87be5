// What the UI shows about syncing: the engine's status, the changes waiting on the device, the
// actions the server refused that the family has not yet seen, those it kept failing on, and edits
// that met the other parent's.
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { useAppTime } from '../tools/useAppTime'
import { useLiveQuery } from '../tools/useLiveQuery'
import type { OutboxEntry, Rejection } from '../db/database'
import { loadDatabase } from '../db/loadDatabase'
import { pendingCount, setAsideMutations } from '../db/outboxQueries'
import { startedAppSync } from '../sync/loadAppSync'
import {
  isEditConflict,
  markRejectionsSeen as markSeenOnDevice,
  unseenRejections,
  type EditConflict,
} from '../sync/rejections'
import { signedOutStatus, type SyncStatus } from '../sync/syncStatus'

export const useSyncStatusStore = defineStore('syncStatus', () => {
  const status = shallowRef<SyncStatus>(signedOutStatus)
  // Once the app has started the engine, after the first paint (until then no sync has run).
  const engine = startedAppSync.then(({ engine }) => {
    status.value = engine.status
    engine.subscribe((next) => {
      status.value = next
    })
    return engine
  })
  const { data: pending } = useLiveQuery(pendingCount, 0)
  const { data: rejections } = useLiveQuery(unseenRejections, [] as Rejection[])
  const { data: setAside } = useLiveQuery(setAsideMutations, [] as OutboxEntry[])
  // Loaded on use: the outbox's writers bring the mutation schemas, which the first screen does without.
  const setAsideActions = () => import('../sync/setAside')

  function syncNow(): Promise<SyncStatus> {
    return engine.then((loaded) => loaded.syncNow())
  }

  async function markRejectionsSeen(): Promise<void> {
    await markSeenOnDevice(await loadDatabase())
  }

  async function retrySetAside(id: string): Promise<void> {
    await (await setAsideActions()).retrySetAside(await loadDatabase(), id)
    await (await engine).syncNow()
  }

  async function discardSetAside(id: string): Promise<void> {
    await (await setAsideActions()).discardSetAside(await loadDatabase(), id)
  }
  const time = useAppTime()
  // Loaded on use, like the set-aside actions: a choice re-sends through the outbox.
  const conflictChoice = () => import('../sync/conflictChoice')

  return {
    status,
    phase: computed(() => status.value.phase),
    /** Why the last sync failed: 'sessionExpired' | 'server' | 'malformed' | 'refused' | 'device'. */
    problem: computed(() => status.value.problem),
    lastSyncedAt: computed(() => status.value.lastSyncedAt),
    /** Changes made on this device that the server has not confirmed yet. */
    pendingCount: pending,
    unseenRejections: computed(() => rejections.value.filter((rejection) => !isEditConflict(rejection))),
    /** Edits refused because the other parent changed or deleted the record since: the family chooses. */
    editConflicts: computed(() =>
      rejections.value.filter((rejection): rejection is EditConflict => isEditConflict(rejection)),
    ),
    keepMine: async (rejectionId: string) =>
      (await conflictChoice()).keepMyVersion(await loadDatabase(), rejectionId, time.clock),
    keepTheirs: async (rejectionId: string) =>
      (await conflictChoice()).keepTheirVersion(await loadDatabase(), rejectionId),
    syncNow,
    markRejectionsSeen,
    /** Changes the server kept failing on: kept on the device until the family retries or discards them. */
    setAside,
    retrySetAside,
    discardSetAside,
  }
})
