// What a family wrote to the office and the office's answers, gathered into threads as the family's app
// shows them: oldest word first, the thread with the latest activity first, and where each one stands.
import type { FamilyMessage, Message } from '../protocol'

export interface ThreadEntry {
  id: string
  from: 'family' | 'office'
  /** The parent or the member of staff; empty for what this phone wrote and the server has not had yet. */
  authorName: string
  body: string
  at: string
  /** Still on this phone, waiting to be sent. */
  unsent: boolean
  /** An answer the family has not opened. */
  unread: boolean
}

export type ThreadState = 'notSent' | 'waiting' | 'answered'

export interface FamilyThread {
  threadId: string
  recipientId: string | null
  entries: ThreadEntry[]
  lastAt: string
  /** Something not yet sent; else whether the family or the office wrote last. */
  state: ThreadState
  unreadCount: number
}

export function familyThreads(
  written: readonly FamilyMessage[],
  messages: readonly Message[],
  unsentIds: ReadonlySet<string>,
): FamilyThread[] {
  const byThread = new Map<string, ThreadEntry[]>()
  const add = (threadId: string, entry: ThreadEntry) =>
    byThread.set(threadId, [...(byThread.get(threadId) ?? []), entry])
  for (const message of written) {
    const { id, threadId, authorName, body, sentAt } = message
    add(threadId, { id, from: 'family', authorName, body, at: sentAt, unsent: unsentIds.has(id), unread: false })
  }
  for (const message of messages) {
    if (!message.replyTo) continue
    add(message.replyTo, {
      id: message.id,
      from: 'office',
      authorName: message.sentBy ?? '',
      body: message.body ?? '',
      at: message.createdAt,
      unsent: false,
      unread: message.readAt === null,
    })
  }
  const threads: FamilyThread[] = []
  for (const [threadId, unordered] of byThread) {
    const first = written.find((message) => message.id === threadId)
    // An answer whose thread is not on this phone (yet) has nothing to hang on: it stays in the inbox alone.
    if (!first) continue
    const entries = [...unordered].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    const last = entries.at(-1)!
    threads.push({
      threadId,
      recipientId: first.recipientId,
      entries,
      lastAt: last.at,
      state: entries.some((entry) => entry.unsent) ? 'notSent' : last.from === 'family' ? 'waiting' : 'answered',
      unreadCount: entries.filter((entry) => entry.unread).length,
    })
  }
  return threads.sort((a, b) => Date.parse(b.lastAt) - Date.parse(a.lastAt))
}
