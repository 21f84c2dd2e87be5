// The families' change requests waiting for an answer, nearest stay first, and answering them.
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { StaffChangeRequest } from '../../protocol'
import { useStaffSessionStore } from './staffSession'

export type RequestAnswer = { status: 'accepted' | 'declined'; note: string }

export const useConsoleRequestsStore = defineStore('console-requests', () => {
  const session = useStaffSessionStore()
  const pending = shallowRef<StaffChangeRequest[]>([])
  const loaded = shallowRef(false)
  const failed = shallowRef(false)
  /** How many arrived at the last refresh (for a polite live announcement). */
  const arrived = shallowRef(0)

  async function refresh(): Promise<void> {
    try {
      const items: StaffChangeRequest[] = []
      let cursor: string | undefined
      do {
        const page = await session.staff.changeRequests({ state: 'pending', limit: 200, cursor })
        items.push(...page.items)
        cursor = page.nextCursor ?? undefined
      } while (cursor)
      const known = new Set(pending.value.map((request) => request.id))
      arrived.value = loaded.value ? items.filter((request) => !known.has(request.id)).length : 0
      pending.value = items
      loaded.value = true
      failed.value = false
    } catch (error) {
      if (!session.expired(error)) failed.value = true
    }
  }

  /** Sends the answer; the request leaves the list once the server has it. */
  async function answer(id: string, answer: RequestAnswer): Promise<void> {
    const note = answer.note.trim()
    await session.staff.decide(id, { status: answer.status, ...(note ? { note } : {}) })
    pending.value = pending.value.filter((request) => request.id !== id)
  }

  return { pending, loaded, failed, arrived, refresh, answer }
})
