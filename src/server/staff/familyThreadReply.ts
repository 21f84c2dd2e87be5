// The office answers a family's thread: a message to the household (`replyTo` the thread, signed by the
// member of staff), pushed and counted unread like every message. The console's id makes a retry send once.
import type { z } from 'zod'
import type { StaffFamilyThread, StaffFamilyThreadReply } from '../../protocol/routes/familyThreadRoutes'
import { findUserById } from '../accounts/accountStore'
import type { StaffPrincipal } from '../auth/principal'
import { ApiError, notFound } from '../errors/apiError'
import type { CreatedMessage } from '../events'
import { newMessage } from '../notices/stayNotices'
import type { Database } from '../storage/database'
import { findRecord, recordOwner, writeInMunicipality } from '../storage/records'
import { recordAccess } from './accessLog'
import { listFamilyThreads } from './reads/familyThreadList'

export async function replyToFamilyThread(
  db: Database,
  staff: StaffPrincipal,
  threadId: string,
  reply: z.infer<typeof StaffFamilyThreadReply>,
  now: string,
): Promise<{ thread: StaffFamilyThread; messages: CreatedMessage[] }> {
  return writeInMunicipality(db, staff.municipalityId, async (writer) => {
    const first = await findRecord(writer.tx, 'familyMessage', threadId, { municipalityId: staff.municipalityId })
    if (!first?.householdId || first.data.threadId !== first.data.id) throw notFound()
    const householdId = first.householdId
    const messages: CreatedMessage[] = []
    const earlier = await recordOwner(writer.tx, 'message', reply.id)
    if (earlier && earlier.householdId !== householdId) throw new ApiError('conflict', 'That id is another message')
    if (!earlier) {
      const author = await findUserById(writer.tx, staff.userId)
      const message = {
        ...newMessage({ kind: 'notice', body: reply.body, stayId: null }, now, reply.id),
        replyTo: threadId,
        ...(author && { sentBy: author.name }),
      }
      await writer.put('message', message, householdId)
      await recordAccess(writer.tx, {
        staff,
        action: 'staffReplyToFamilyThread',
        householdIds: [householdId],
        recordId: threadId,
        at: now,
      })
      messages.push({ householdId, message, stayStart: null })
    }
    const { items } = await listFamilyThreads(writer.tx, staff.municipalityId, { threadId, limit: 1 })
    if (!items[0]) throw notFound()
    return { thread: items[0], messages }
  })
}
