// What families write to the office outside a change request, as threads the office reads and answers.
// The family sends through the sync (mutation `sendFamilyMessage`); the office's answer reaches the family
// as a message (`replyTo` the thread), pushed and counted unread like every message.
import { z } from 'zod'
import { Id, Instant, LongText, ShortText } from '../primitives'
import { PageCursor, PageLimit, pageOf, RecipientRef } from '../staffViews'
import { describeRoutes } from './route'
import { ById } from './staffWriteRoutes'

export const FamilyThreadEntry = z.object({
  id: Id,
  from: z.enum(['family', 'office']),
  /** The parent or the member of staff who wrote it; null where the account no longer exists. */
  authorName: ShortText.nullable(),
  body: LongText,
  at: Instant,
})
export type FamilyThreadEntry = z.infer<typeof FamilyThreadEntry>

export const StaffFamilyThread = z.object({
  threadId: Id,
  householdId: Id,
  /** The household by its caregivers' names, as staff know the family. */
  householdName: z.string().max(500),
  /** The child the family wrote about, where they chose one. */
  recipient: RecipientRef.nullable(),
  /** Oldest first. */
  entries: z.array(FamilyThreadEntry).min(1),
  /** The family wrote last: the office owes an answer. */
  waiting: z.boolean(),
  lastAt: Instant,
})
export type StaffFamilyThread = z.infer<typeof StaffFamilyThread>

export const StaffFamilyThreadsQuery = z.strictObject({
  /** `waiting`: the family wrote last; `answered`: the office did. */
  state: z.enum(['waiting', 'answered']).optional(),
  householdId: Id.optional(),
  cursor: PageCursor.optional(),
  limit: PageLimit.optional(),
})

export const StaffFamilyThreadReply = z.strictObject({
  /** Made by the console once per answer it means to send; a retry with the same id sends nothing twice. */
  id: Id,
  body: LongText.trim().min(1),
})

export const familyThreadRoutes = describeRoutes({
  staffListFamilyThreads: {
    method: 'get',
    path: '/staff/family-threads',
    summary: 'What families wrote to the office, by thread with the answers, the latest activity first',
    access: 'staff',
    query: StaffFamilyThreadsQuery,
    response: pageOf(StaffFamilyThread),
  },
  staffReplyToFamilyThread: {
    method: 'post',
    path: '/staff/family-threads/:id/replies',
    summary: "Answers a family's thread; the family gets the answer as a message, in their Messages and pushed",
    access: 'staff',
    params: ById,
    body: StaffFamilyThreadReply,
    response: StaffFamilyThread,
    status: 201,
    errors: ['not_found', 'conflict'],
  },
})
