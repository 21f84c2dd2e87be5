// A notice from the municipality to one household or to all of them, sent by the server in one
// transaction: every family gets it or none does, and a retry with the same client key sends nothing twice.
import { z } from 'zod'
import { Id, Instant, LongText, ShortText } from '../primitives'
import { PageCursor, PageLimit, pageOf } from '../staffViews'
import { describeRoutes } from './route'

export const StaffNoticeCreate = z.strictObject({
  /** Made by the client once per notice it means to send; a retry sends the same key. */
  clientKey: Id,
  /** One household, or null: every household of the municipality. */
  householdId: Id.nullable(),
  title: ShortText.min(1),
  body: LongText.min(1),
})

/** One notice as sent: once, whether it went to one household or to all. */
export const StaffNoticeSend = z.object({
  id: Id,
  clientKey: Id,
  sentAt: Instant,
  /** Null once the account no longer exists. */
  sentBy: ShortText.nullable(),
  title: ShortText,
  body: LongText,
  /** The one household it went to; null: all of them. */
  householdId: Id.nullable(),
  householdCount: z.number().int().min(0),
})
export type StaffNoticeSend = z.infer<typeof StaffNoticeSend>

export const StaffNoticesQuery = z.strictObject({ cursor: PageCursor.optional(), limit: PageLimit.optional() })

export const staffNoticeRoutes = describeRoutes({
  staffSendNotice: {
    method: 'post',
    path: '/staff/notices',
    summary:
      'Sends a notice to one household or to all, in one transaction; the same clientKey again answers the first send and sends nothing',
    access: 'staff',
    body: StaffNoticeCreate,
    response: StaffNoticeSend,
    status: 201,
    errors: ['not_found', 'conflict'],
  },
  staffListNotices: {
    method: 'get',
    path: '/staff/notices',
    summary: 'The notices sent, newest first, each once however many households it went to',
    access: 'staff',
    query: StaffNoticesQuery,
    response: pageOf(StaffNoticeSend),
  },
})
