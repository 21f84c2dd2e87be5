// Answering the families' applications for summer respite.
import { defineStore } from 'pinia'
import type { ReasonCode, StaffSummerApplication } from '../../protocol'
import { staffWriteRoutes } from '../../protocol/routes/staffWriteRoutes'
import { useStaffSessionStore } from './staffSession'

export type SummerAnswer =
  { status: 'granted'; note: string } | { status: 'declined'; note: string; reason: ReasonCode }

export const useConsoleSummerStore = defineStore('console-summer', () => {
  const session = useStaffSessionStore()

  /** Declining says why, in words the family reads in their language; the note is shown as written. */
  function answer(id: string, answer: SummerAnswer): Promise<StaffSummerApplication> {
    const text = answer.note.trim()
    return session.api.call(staffWriteRoutes.staffAnswerSummerApplication, {
      params: { id },
      body: { ...answer, note: text || undefined },
    })
  }

  return { answer }
})
