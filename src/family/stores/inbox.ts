// The messages from the municipality on this device, newest first, and marking them read: written to
// the device at once and sent with the next sync, so it works with no network.
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useAppTime } from '../tools/useAppTime'
import { useLiveQuery } from '../tools/useLiveQuery'
import { loadDatabase } from '../db/loadDatabase'
import { isoNow } from '../../domain/clock'
import type { Message } from '../../protocol'

export const useInboxStore = defineStore('inbox', () => {
  const { clock } = useAppTime()
  const { data: messages, loaded } = useLiveQuery(
    (db) => db.messages.orderBy('createdAt').reverse().toArray(),
    [] as Message[],
  )
  const unreadCount = computed(() => messages.value.filter((message) => message.readAt === null).length)

  async function markRead(messageId: string): Promise<void> {
    // Loaded on first use: the unread badge is on the first screen, the outbox and its schemas are not.
    const [{ outboxTables, perform }, db] = await Promise.all([import('../db/outbox'), loadDatabase()])
    // Checked and written in one transaction, so two callers never queue the same read twice.
    await db.transaction('rw', outboxTables(db), async () => {
      const message = await db.messages.get(messageId)
      if (!message || message.readAt !== null) return
      await perform(db, 'markMessageRead', { messageId, at: isoNow(clock) }, clock)
    })
  }

  async function markAllRead(): Promise<void> {
    for (const message of messages.value.filter((candidate) => candidate.readAt === null)) await markRead(message.id)
  }

  return { messages, loaded, unreadCount, markRead, markAllRead }
})
