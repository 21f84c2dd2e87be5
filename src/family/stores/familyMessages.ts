// The family's threads with the office on this device: written on the phone at once and sent through the
// outbox, so a parent can write with no network; the office's answers arrive as messages.
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { db } from '../db/database'
import { perform, waitingIds } from '../db/outbox'
import { familyThreads } from '../../domain/familyThreads'
import type { FamilyMessage } from '../../protocol'
import { useAppTime } from '../tools/useAppTime'
import { useLiveQuery } from '../tools/useLiveQuery'
import { useInboxStore } from './inbox'

interface Data {
  written: FamilyMessage[]
  unsentIds: Set<string>
}

export const useFamilyMessagesStore = defineStore('familyMessages', () => {
  const time = useAppTime()
  const inbox = useInboxStore()
  const { data, loaded } = useLiveQuery(
    async (): Promise<Data> => {
      const [written, outbox] = await Promise.all([db.familyMessages.toArray(), db.outbox.toArray()])
      return { written, unsentIds: waitingIds(outbox, 'sendFamilyMessage', (args) => args.messageId) }
    },
    { written: [], unsentIds: new Set<string>() },
  )
  // The office's answers are messages: the inbox already reads them live, so they are not read twice.
  const threads = computed(() => familyThreads(data.value.written, inbox.messages, data.value.unsentIds))

  /** A new thread; resolves with its id once it is saved on the phone. */
  async function startThread(recipientId: string | null, body: string): Promise<string> {
    const messageId = crypto.randomUUID()
    await perform(db, 'sendFamilyMessage', { messageId, threadId: messageId, recipientId, body }, time.clock)
    return messageId
  }

  async function reply(threadId: string, body: string): Promise<void> {
    const first = data.value.written.find((message) => message.id === threadId)
    const messageId = crypto.randomUUID()
    const recipientId = first?.recipientId ?? null
    await perform(db, 'sendFamilyMessage', { messageId, threadId, recipientId, body }, time.clock)
  }

  /** Opening a thread reads the office's answers in it. */
  async function markThreadRead(threadId: string): Promise<void> {
    const thread = threads.value.find((candidate) => candidate.threadId === threadId)
    for (const entry of thread?.entries ?? []) if (entry.unread) await inbox.markRead(entry.id)
  }

  return { threads, loaded, startThread, reply, markThreadRead }
})
