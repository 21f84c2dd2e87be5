// What the plan screen needs: places, the children (with their households), stays in a period, and
// planning, changing and cancelling stays.
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import type { Place, StaffHousehold, StaffStay, StayKind } from '../../protocol'
import type { PlannedTimes } from '../../domain/staySeries'
import { staffReadRoutes } from '../../protocol/routes/staffReadRoutes'
import { staffWriteRoutes } from '../../protocol/routes/staffWriteRoutes'
import { useConsoleNoticesStore } from './notices'
import { useStaffSessionStore } from './staffSession'

export interface StaysFilter {
  from: string
  to: string
  placeId?: string
  recipientId?: string
}

export const useConsolePlanStore = defineStore('console-plan', () => {
  const session = useStaffSessionStore()
  const notices = useConsoleNoticesStore()
  const places = shallowRef<Place[]>([])
  const households = shallowRef<StaffHousehold[]>([])
  const children = computed(() =>
    households.value.flatMap((household) =>
      household.recipients.map((child) => ({ id: child.id, name: child.name, householdId: household.id })),
    ),
  )

  async function loadChoices(): Promise<void> {
    const [placePage, all] = await Promise.all([
      session.api.call(staffReadRoutes.staffListPlaces, { query: { limit: 200 } }),
      notices.everyHousehold(),
    ])
    places.value = placePage.items
    households.value = all
  }

  async function stays(filter: StaysFilter): Promise<StaffStay[]> {
    const items: StaffStay[] = []
    let cursor: string | undefined
    do {
      const page = await session.api.call(staffReadRoutes.staffListStays, { query: { limit: 200, ...filter, cursor } })
      items.push(...page.items)
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    return items
  }

  async function plan(recipientId: string, placeId: string, kind: StayKind, times: PlannedTimes[]): Promise<number> {
    for (const { start, end } of times)
      await session.api.call(staffWriteRoutes.staffCreateStay, { body: { recipientId, placeId, kind, start, end } })
    return times.length
  }

  const household = (id: string) => session.api.call(staffReadRoutes.staffGetHousehold, { params: { id } })
  const change = (id: string, patch: { start?: string; end?: string; cancel?: boolean }, reason: string) =>
    session.api.call(staffWriteRoutes.staffPatchStay, {
      params: { id },
      body: {
        ...(patch.cancel ? { status: 'cancelledByMunicipality' as const } : { start: patch.start, end: patch.end }),
        ...(reason.trim() ? { note: reason.trim() } : {}),
      },
    })

  return { places, children, loadChoices, stays, plan, household, change }
})
