import { describe, expect, it } from 'vitest'
import { familyThreads } from '../../../src/domain/familyThreads'
import type { FamilyMessage, Message } from '../../../src/protocol'

const written = (id: string, sentAt: string, overrides: Partial<FamilyMessage> = {}): FamilyMessage => ({
  id,
  threadId: id,
  recipientId: null,
  body: `melding ${id}`,
  authorName: 'Hanne',
  sentAt,
  ...overrides,
})

const answer = (id: string, replyTo: string, createdAt: string, overrides: Partial<Message> = {}): Message => ({
  id,
  kind: 'notice',
  body: `svar ${id}`,
  stayId: null,
  changeRequestId: null,
  createdAt,
  readAt: null,
  replyTo,
  sentBy: 'Lise',
  ...overrides,
})

describe('the family’s threads with the office', () => {
  it('gathers a thread’s words oldest first, the office’s answers among them', () => {
    const [thread] = familyThreads(
      [written('b', '2026-11-25T10:00:00Z', { threadId: 'a' }), written('a', '2026-11-25T08:00:00Z')],
      [answer('x', 'a', '2026-11-25T09:00:00Z')],
      new Set(),
    )
    expect(thread!.entries.map((entry) => [entry.id, entry.from, entry.authorName])).toEqual([
      ['a', 'family', 'Hanne'],
      ['x', 'office', 'Lise'],
      ['b', 'family', 'Hanne'],
    ])
    expect(thread!.lastAt).toBe('2026-11-25T10:00:00Z')
  })

  it('puts the thread with the latest activity first', () => {
    const threads = familyThreads(
      [written('old', '2026-11-20T08:00:00Z'), written('new', '2026-11-24T08:00:00Z')],
      [answer('x', 'old', '2026-11-25T08:00:00Z')],
      new Set(),
    )
    expect(threads.map((thread) => thread.threadId)).toEqual(['old', 'new'])
  })

  it('waits for the office when the family wrote last, and is answered when the office did', () => {
    const [waiting] = familyThreads([written('a', '2026-11-25T08:00:00Z')], [], new Set())
    expect(waiting!.state).toBe('waiting')
    const [answered] = familyThreads(
      [written('a', '2026-11-25T08:00:00Z')],
      [answer('x', 'a', '2026-11-25T09:00:00Z')],
      new Set(),
    )
    expect(answered!.state).toBe('answered')
  })

  it('is not sent while any word of it is still on the phone', () => {
    const [thread] = familyThreads(
      [written('a', '2026-11-25T08:00:00Z'), written('b', '2026-11-25T10:00:00Z', { threadId: 'a' })],
      [answer('x', 'a', '2026-11-25T09:00:00Z')],
      new Set(['b']),
    )
    expect(thread!.state).toBe('notSent')
    expect(thread!.entries.map((entry) => entry.unsent)).toEqual([false, false, true])
  })

  it('counts the answers not yet opened', () => {
    const [thread] = familyThreads(
      [written('a', '2026-11-25T08:00:00Z')],
      [
        answer('x', 'a', '2026-11-25T09:00:00Z'),
        answer('y', 'a', '2026-11-25T09:30:00Z', { readAt: '2026-11-25T09:40:00Z' }),
      ],
      new Set(),
    )
    expect(thread!.unreadCount).toBe(1)
    expect(thread!.entries.map((entry) => entry.unread)).toEqual([false, true, false])
  })

  it('keeps the child the first message is about, and an unsigned answer without a name', () => {
    const [thread] = familyThreads(
      [written('a', '2026-11-25T08:00:00Z', { recipientId: 'ida' })],
      [answer('x', 'a', '2026-11-25T09:00:00Z', { sentBy: undefined, body: undefined })],
      new Set(),
    )
    expect(thread!.recipientId).toBe('ida')
    expect(thread!.entries[1]).toMatchObject({ authorName: '', body: '' })
  })

  it('leaves out messages that answer no thread, and answers to a thread not on the phone', () => {
    const threads = familyThreads(
      [],
      [
        answer('x', 'elsewhere', '2026-11-25T09:00:00Z'),
        answer('y', 'a', '2026-11-25T09:00:00Z', { replyTo: undefined }),
      ],
      new Set(),
    )
    expect(threads).toEqual([])
  })
})
