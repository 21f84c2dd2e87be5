// What the plan screen needs: places, the children (with their households), stays in a period, and
// planning (judged by the server, overridden with a reason), changing, cancelling and reinstating stays.
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import type { Place, PlanningOverride, ReasonCode, StaffHousehold, StaffStay, StayKind } from '../../protocol'
import { isApiError } from '../../protocol/apiError'
import type { PlannedTimes } from '../../domain/staySeries'
import { planningRoutes } from '../../protocol/routes/planningRoutes'
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

/** A new time, a cancellation with its reason, or a cancelled stay set up again; `note` is shown as written. */
export type StayChange =
  | { start: string; end: string; note?: string }
  | { status: 'cancelledByMunicipality'; reason: ReasonCode; note?: string }
  | { status: 'planned'; note?: string }

/** The collisions a refused plan names, or null for any other failure. */
export function conflictsOf(error: unknown) {
  return isApiError(error, 'refused') && error.details.conflicts?.length ? error.details.conflicts : null
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

  /** Plans one stay or a series in one request, all or none: the family gets one message. */
  async function plan(
    fields: { recipientId: string; placeId: string; kind: StayKind },
    times: PlannedTimes[],
    override?: PlanningOverride,
  ): Promise<number> {
    const stays = times.map(({ start, end }) => ({ start, end }))
    const body = { ...fields, stays, ...(override && { override }) }
    return (await session.api.call(planningRoutes.staffCreateStaySeries, { body })).stays.length
  }

  const household = (id: string) => session.api.call(staffReadRoutes.staffGetHousehold, { params: { id } })
  const change = (id: string, patch: StayChange, override?: PlanningOverride) =>
    session.api.call(staffWriteRoutes.staffPatchStay, {
      params: { id },
      body: {
        ...patch,
        ...(patch.note?.trim() ? { note: patch.note.trim() } : { note: undefined }),
        ...(override && { override }),
      },
    })

  return { places, children, loadChoices, stays, plan, household, change }
})
