// Sending the municipality's notices: one request, to one household or to all, which the server sends
// in one transaction. A draft keeps its client key until it is sent, so a retry after a lost answer
// sends nothing twice.
import { defineStore } from 'pinia'
import type { StaffHousehold } from '../../protocol'
import { staffNoticeRoutes, type StaffNoticeSend } from '../../protocol/routes/staffNoticeRoutes'
import { staffReadRoutes } from '../../protocol/routes/staffReadRoutes'
import { useStaffSessionStore } from './staffSession'

export interface NoticeDraft {
  clientKey: string
  /** A household's id, or 'all'. */
  to: string
  title: string
  body: string
}

export const useConsoleNoticesStore = defineStore('console-notices', () => {
  const session = useStaffSessionStore()

  async function everyHousehold(): Promise<StaffHousehold[]> {
    const all: StaffHousehold[] = []
    let cursor: string | undefined
    do {
      const page = await session.api.call(staffReadRoutes.staffListHouseholds, { query: { limit: 200, cursor } })
      all.push(...page.items)
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    return all
  }

  /** Sends the draft; answers the send as the server keeps it (how many households got it). */
  function send(draft: NoticeDraft): Promise<StaffNoticeSend> {
    return session.api.call(staffNoticeRoutes.staffSendNotice, {
      body: {
        clientKey: draft.clientKey,
        householdId: draft.to === 'all' ? null : draft.to,
        title: draft.title.trim(),
        body: draft.body.trim(),
      },
    })
  }

  return { everyHousehold, send }
})
