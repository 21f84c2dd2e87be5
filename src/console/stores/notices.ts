// Sending the municipality's notices: to one household, or to every household one by one (the API takes
// one household per notice, so each family gets its own copy in its own feed).
import { defineStore } from 'pinia'
import type { StaffHousehold } from '../../protocol'
import { staffReadRoutes } from '../../protocol/routes/staffReadRoutes'
import { staffWriteRoutes } from '../../protocol/routes/staffWriteRoutes'
import { useStaffSessionStore } from './staffSession'

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

  /** Sends to `to` (a household id, or 'all'); answers how many households got it. */
  async function send(to: string, title: string, body: string): Promise<number> {
    const ids = to === 'all' ? (await everyHousehold()).map((household) => household.id) : [to]
    for (const householdId of ids)
      await session.api.call(staffWriteRoutes.staffSendMessage, { body: { householdId, title, body } })
    return ids.length
  }

  return { everyHousehold, send }
})
