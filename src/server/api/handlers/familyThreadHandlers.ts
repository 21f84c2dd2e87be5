// The office's side of what families write outside a change request: the threads, and answering one.
import { isoNow } from '../../../domain/clock'
import { familyThreadRoutes } from '../../../protocol/routes/familyThreadRoutes'
import { announceMessages } from '../../events'
import { recordAccess } from '../../staff/accessLog'
import { replyToFamilyThread } from '../../staff/familyThreadReply'
import { listFamilyThreads } from '../../staff/reads/familyThreadList'
import { attach } from '../route'

export const familyThreadHandlers = attach(familyThreadRoutes, {
  async staffListFamilyThreads({ principal, query, deps }) {
    const page = await listFamilyThreads(deps.db, principal.municipalityId, query)
    await recordAccess(deps.db, {
      staff: principal,
      action: 'staffListFamilyThreads',
      householdIds: page.items.map((thread) => thread.householdId),
      read: true,
      at: isoNow(deps.clock),
    })
    return page
  },
  async staffReplyToFamilyThread({ principal, params, body, deps }) {
    const { thread, messages } = await replyToFamilyThread(deps.db, principal, params.id, body, isoNow(deps.clock))
    announceMessages(deps.events, messages, deps.log)
    return thread
  },
})
