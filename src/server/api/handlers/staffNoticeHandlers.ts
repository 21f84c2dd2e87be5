// Notices to one household or all, sent once by the server, and the list of them as sent.
import { isoNow } from '../../../domain/clock'
import { staffNoticeRoutes } from '../../../protocol/routes/staffNoticeRoutes'
import { announceMessages } from '../../events'
import { listNoticeSends, sendNoticeOnce } from '../../staff/noticeSends'
import { attach } from '../route'

export const staffNoticeHandlers = attach(staffNoticeRoutes, {
  async staffSendNotice({ principal, body, deps }) {
    const { send, messages } = await sendNoticeOnce(deps.db, principal, body, isoNow(deps.clock))
    announceMessages(deps.events, messages, deps.log)
    return send
  },
  staffListNotices: ({ principal, query, deps }) => listNoticeSends(deps.db, principal.municipalityId, query),
})
