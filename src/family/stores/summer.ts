// The family's summer respite application: saved on the phone at once, sent through the outbox.
import { defineStore } from 'pinia'
import { useAppTime } from '../tools/useAppTime'
import { db } from '../db/database'
import { perform } from '../db/outbox'
import type { SummerApplication } from '../../protocol'

export interface SummerApplicationDraft {
  recipientId: string
  year: number
  periods: SummerApplication['periods']
  message: string
}

export const useSummerStore = defineStore('summer', () => {
  const time = useAppTime()

  /** A new application, or a change to one the municipality has not handled yet (same id). */
  async function submitApplication(draft: SummerApplicationDraft, applicationId: string = crypto.randomUUID()) {
    await perform(db, 'submitSummerApplication', { applicationId, ...draft }, time.clock)
  }

  return { submitApplication }
})
