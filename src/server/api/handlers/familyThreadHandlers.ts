// The office's side of what families write outside a change request: the threads, and answering one.
import { isoNow } from '../../../domain/clock'
import { familyThreadRoutes } from '../../../protocol/routes/familyThreadRoutes'
import { announceMessages } from '../../events'
import { replyToFamilyThread } from '../../staff/familyThreadReply'
import { listFamilyThreads } from '../../staff/reads/familyThreadList'
import { attach } from '../route'
import { itsHousehold, staffList } from './staffListReads'

export const familyThreadHandlers = attach(familyThreadRoutes, {
  staffListFamilyThreads: staffList(listFamilyThreads, itsHousehold),
  async staffReplyToFamilyThread({ principal, params, body, deps }) {
    const { thread, messages } = await replyToFamilyThread(deps.db, principal, params.id, body, isoNow(deps.clock))
    announceMessages(deps.events, messages, deps.log)
    return thread
  },
})
