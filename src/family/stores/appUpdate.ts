// A new version of the app waiting to take over, and the changes on the device it will keep.
import { defineStore } from 'pinia'
import { useLiveQuery } from '../tools/useLiveQuery'
import { db } from '../db/database'
import { pendingCount } from '../db/outboxQueries'
import { applyUpdate as handOverToNewVersion, updateWaiting } from '../tools/serviceWorkerUpdate'

export const useAppUpdateStore = defineStore('appUpdate', () => {
  /** Changes not yet sent: the family is told they are kept before choosing to update. */
  const { data: unsent } = useLiveQuery(() => pendingCount(db), 0)

  function applyUpdate(): void {
    handOverToNewVersion()
  }

  function postpone(): void {
    updateWaiting.value = false
  }

  return { waiting: updateWaiting, unsent, applyUpdate, postpone }
})
