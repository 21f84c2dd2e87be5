// The changes of whoever is signed in on this phone that the other parent replaced by their choice in a
// conflict (sync rule 8), until they have seen them: marked seen on the device at once, sent with the next sync.
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useAppTime } from '../tools/useAppTime'
import { useLiveQuery } from '../tools/useLiveQuery'
import { db } from '../db/database'
import { isoNow } from '../../domain/clock'
import type { ReplacedEdit } from '../../protocol'
import { useSessionStore } from './session'

export const useReplacedEditsStore = defineStore('replacedEdits', () => {
  const { clock } = useAppTime()
  const session = useSessionStore()
  const { data: unseen } = useLiveQuery(
    () => db.replacedEdits.filter((replaced) => replaced.seenAt === null).sortBy('at'),
    [] as ReplacedEdit[],
  )

  async function markSeen(replacedEditId: string): Promise<void> {
    // Loaded on use, like the inbox's read marks: the outbox and its schemas are not on the first screen.
    const { outboxTables, perform } = await import('../db/outbox')
    await db.transaction('rw', outboxTables(db), async () => {
      const replaced = await db.replacedEdits.get(replacedEditId)
      if (!replaced || replaced.seenAt !== null) return
      await perform(db, 'markReplacedEditSeen', { replacedEditId, at: isoNow(clock) }, clock)
    })
  }

  return {
    /** Only this parent's own: the other parent chose, and knows. */
    mine: computed(() => unseen.value.filter((replaced) => replaced.userId === session.user?.id)),
    markSeen,
  }
})
