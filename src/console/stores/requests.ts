// The families' change requests waiting for an answer, nearest stay first, and answering them.
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { AnsweredBy, PlanningOverride, ReasonCode, StaffChangeRequest } from '../../protocol'
import { isApiError } from '../../protocol/apiError'
import type { ApiClient } from '../../protocol/apiClient'
import { staffReadRoutes } from '../../protocol/routes/staffReadRoutes'
import { staffTeamworkRoutes } from '../../protocol/routes/staffTeamworkRoutes'
import { staffWriteRoutes } from '../../protocol/routes/staffWriteRoutes'
import { useStaffQuery } from '../tools/useStaffQuery'
import { useStaffSessionStore } from './staffSession'

/** Declining says why (for the family); accepting a new time that collides may override with a reason. */
export type RequestAnswer =
  | { status: 'accepted'; note: string; override?: PlanningOverride }
  | { status: 'declined'; note: string; reason: ReasonCode }

/** The outcome of answering: sent, or someone else had answered first (who and when). */
export type AnswerOutcome = { sent: true } | { sent: false; answered: AnsweredBy }

async function everyRequest(api: ApiClient, state: 'pending' | 'answered'): Promise<StaffChangeRequest[]> {
  const items: StaffChangeRequest[] = []
  let cursor: string | undefined
  do {
    const query = { state, limit: 200, cursor } as const
    const page = await api.call(staffReadRoutes.staffListChangeRequests, { query })
    items.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return items
}

export const useConsoleRequestsStore = defineStore('console-requests', () => {
  const session = useStaffSessionStore()
  const { data: pending, failed, reload } = useStaffQuery(session, (api) => everyRequest(api, 'pending'), [])
  const handled = useStaffQuery(session, (api) => everyRequest(api, 'answered'), [])
  /** Requests another staff member answered while this one was open: who and when, by request id. */
  const answeredElsewhere = shallowRef<Record<string, AnsweredBy>>({})
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

  /** Sends the answer; the request leaves the list once the server has it, or says who answered first. */
  async function answer(id: string, answer: RequestAnswer): Promise<AnswerOutcome> {
    const note = answer.note.trim()
    try {
      await session.api.call(staffWriteRoutes.staffDecideChangeRequest, {
        params: { id },
        body: { ...answer, note: note || undefined },
      })
    } catch (error) {
      const answered = isApiError(error, 'refused') ? error.details.answered : undefined
      if (!answered) throw error
      answeredElsewhere.value = { ...answeredElsewhere.value, [id]: answered }
      return { sent: false, answered }
    }
    pending.value = pending.value.filter((request) => request.id !== id)
    return { sent: true }
  }

  /** "I'm taking this" (or letting it go); the list then shows who has it. */
  async function claim(id: string, take: boolean): Promise<void> {
    await session.api.call(staffTeamworkRoutes.staffClaimChangeRequest, { params: { id }, body: { take } })
    await refresh()
  }

  return { pending, handled, answeredElsewhere, loaded, failed, arrived, refresh, answer, claim }
})
