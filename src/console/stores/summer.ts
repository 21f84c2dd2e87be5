// Answering the families' applications for summer respite.
import { defineStore } from 'pinia'
import type { StaffSummerApplication } from '../../protocol'
import { staffWriteRoutes } from '../../protocol/routes/staffWriteRoutes'
import { useStaffSessionStore } from './staffSession'

export const useConsoleSummerStore = defineStore('console-summer', () => {
  const session = useStaffSessionStore()

  function answer(id: string, status: 'granted' | 'declined', note: string): Promise<StaffSummerApplication> {
    const text = note.trim()
    return session.api.call(staffWriteRoutes.staffAnswerSummerApplication, {
      params: { id },
      body: { status, ...(text ? { note: text } : {}) },
    })
  }

  return { answer }
})
