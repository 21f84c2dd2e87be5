// The families' change requests waiting for an answer, nearest stay first, and answering them.
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { PlanningOverride, ReasonCode, StaffChangeRequest } from '../../protocol'
import type { ApiClient } from '../../protocol/apiClient'
import { staffReadRoutes } from '../../protocol/routes/staffReadRoutes'
import { staffWriteRoutes } from '../../protocol/routes/staffWriteRoutes'
import { useStaffQuery } from '../tools/useStaffQuery'
import { useStaffSessionStore } from './staffSession'

/** Declining says why (for the family); accepting a new time that collides may override with a reason. */
export type RequestAnswer =
  | { status: 'accepted'; note: string; override?: PlanningOverride }
  | { status: 'declined'; note: string; reason: ReasonCode }

async function everyPending(api: ApiClient): Promise<StaffChangeRequest[]> {
  const items: StaffChangeRequest[] = []
  let cursor: string | undefined
  do {
    const query = { state: 'pending', limit: 200, cursor } as const
    const page = await api.call(staffReadRoutes.staffListChangeRequests, { query })
    items.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return items
}

export const useConsoleRequestsStore = defineStore('console-requests', () => {
  const session = useStaffSessionStore()
  const { data: pending, failed, reload } = useStaffQuery(session, everyPending, [])
  const loaded = shallowRef(false)
  /** How many arrived at the last refresh (for a polite live announcement). */
  const arrived = shallowRef(0)

  async function refresh(): Promise<void> {
    const known = new Set(pending.value.map((request) => request.id))
    const before = pending.value
    await reload()
    if (pending.value === before) return // failed, or overtaken by a newer refresh
    arrived.value = loaded.value ? pending.value.filter((request) => !known.has(request.id)).length : 0
    loaded.value = true
  }

  /** Sends the answer; the request leaves the list once the server has it. */
  async function answer(id: string, answer: RequestAnswer): Promise<void> {
    const note = answer.note.trim()
    await session.api.call(staffWriteRoutes.staffDecideChangeRequest, {
      params: { id },
      body: { ...answer, note: note || undefined },
    })
    pending.value = pending.value.filter((request) => request.id !== id)
  }

  return { pending, loaded, failed, arrived, refresh, answer }
})
