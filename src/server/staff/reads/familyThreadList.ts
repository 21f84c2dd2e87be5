// What families wrote to the office, by thread with the office's answers, the latest activity first: the
// family's messages (entity `familyMessage`) and the answers (messages with `replyTo`) read as one list.
import { z } from 'zod'
import { Id, Instant, type Page } from '../../../protocol'
import type { FamilyThreadEntry, StaffFamilyThread } from '../../../protocol/routes/familyThreadRoutes'
import type { Queryable } from '../../storage/database'
import { SqlConditions } from '../../storage/sqlConditions'
import { householdNameOf } from './householdName'
import { decodeCursor, pageFrom, pageSize } from './pageCursor'

/** Every entry of every thread of the municipality ($1): the family's words and the office's answers; at the
 * same instant, the order they were stored in (`seq`). */
const ENTRIES = `
  WITH entries AS (
    SELECT household_id, data ->> 'threadId' AS thread_id, id, 'family' AS side, data ->> 'authorName' AS author_name,
      data ->> 'body' AS body, api_instant(data ->> 'sentAt') AS at, data ->> 'recipientId' AS recipient_id, seq
    FROM records WHERE entity = 'familyMessage' AND NOT deleted AND municipality_id = $1
    UNION ALL
    SELECT household_id, data ->> 'replyTo', id, 'office', data ->> 'sentBy', data ->> 'body',
      api_instant(data ->> 'createdAt'), NULL, seq
    FROM records WHERE entity = 'message' AND NOT deleted AND municipality_id = $1 AND data ? 'replyTo'),
  threads AS (
    SELECT household_id, thread_id, max(at) AS last_at,
      (array_agg(side ORDER BY at DESC, seq DESC))[1] = 'family' AS waiting,
      (array_agg(recipient_id ORDER BY at, seq) FILTER (WHERE side = 'family'))[1] AS recipient_id
    FROM entries GROUP BY household_id, thread_id)`

interface ThreadRow {
  household_id: string
  thread_id: string
  last_at: Date | string
  waiting: boolean
  recipient_id: string | null
  recipient_name: string | null
  household_name: string | null
}

interface EntryRow {
  thread_id: string
  id: string
  side: FamilyThreadEntry['from']
  author_name: string | null
  body: string
  at: Date | string
}

const iso = (at: Date | string) => new Date(at).toISOString()

export interface FamilyThreadFilter {
  state?: 'waiting' | 'answered'
  householdId?: string
  threadId?: string
  cursor?: string
  limit?: number
}

export async function listFamilyThreads(
  db: Queryable,
  municipalityId: string,
  filter: FamilyThreadFilter,
): Promise<Page<StaffFamilyThread>> {
  const limit = pageSize(filter.limit)
  const after = decodeCursor(filter.cursor, z.tuple([Instant, Id]))
  const where = new SqlConditions()
  where.param(municipalityId)
  if (filter.state) where.add(filter.state === 'waiting' ? 't.waiting' : 'NOT t.waiting')
  where.addIf(filter.householdId, 't.household_id = ?::uuid')
  where.addIf(filter.threadId, 't.thread_id = ?')
  if (after) where.add('(t.last_at, t.thread_id) < (?::timestamptz, ?)', after[0], after[1])
  const threads = await db.query<ThreadRow>(
    `${ENTRIES}
     SELECT t.household_id, t.thread_id, t.last_at, t.waiting, t.recipient_id, r.data ->> 'name' AS recipient_name,
       ${householdNameOf('t.household_id')} AS household_name
     FROM threads t
     LEFT JOIN records r ON r.entity = 'recipient' AND r.id = t.recipient_id AND r.household_id = t.household_id
     WHERE ${where.where} ORDER BY t.last_at DESC, t.thread_id DESC LIMIT ${where.param(limit + 1)}`,
    where.params,
  )
  const shown = threads.slice(0, limit).map((row) => row.thread_id)
  const entries = shown.length
    ? await db.query<EntryRow>(
        `${ENTRIES} SELECT thread_id, id, side, author_name, body, at FROM entries
         WHERE thread_id = ANY($2::text[]) ORDER BY at, seq`,
        [municipalityId, shown],
      )
    : []
  return pageFrom(
    threads,
    limit,
    (row) => ({
      threadId: row.thread_id,
      householdId: row.household_id,
      householdName: row.household_name ?? '',
      recipient: row.recipient_id && row.recipient_name ? { id: row.recipient_id, name: row.recipient_name } : null,
      entries: entries
        .filter((entry) => entry.thread_id === row.thread_id)
        .map((entry) => ({
          id: entry.id,
          from: entry.side,
          authorName: entry.author_name || null,
          body: entry.body,
          at: iso(entry.at),
        })),
      waiting: row.waiting,
      lastAt: iso(row.last_at),
    }),
    (row) => [iso(row.last_at), row.thread_id],
  )
}
