// Answering the families' applications for summer respite.
import { defineStore } from 'pinia'
import type { StaffSummerApplication } from '../../protocol'
import { useStaffSessionStore } from './staffSession'

export const useConsoleSummerStore = defineStore('console-summer', () => {
  const session = useStaffSessionStore()

  function answer(id: string, status: 'granted' | 'declined', note: string): Promise<StaffSummerApplication> {
    const text = note.trim()
    return session.staff.answerSummerApplication(id, { status, ...(text ? { note: text } : {}) })
  }

  return { answer }
})
