// The family's actions on a recipient's medication list (the list itself is read by useMedicationList).
import { defineStore } from 'pinia'
import { useAppTime } from '../tools/useAppTime'
import { isoNow as isoNowOf } from '../../domain/clock'
import { db } from '../db/database'
import { perform } from '../db/outbox'
import type { Medication } from '../../protocol'

export type MedicationDraft = Omit<Medication, 'id' | 'recipientId'>

export const useMedicationsStore = defineStore('medications', () => {
  const time = useAppTime()
  const isoNow = () => isoNowOf(time.clock)

  async function saveMedication(
    recipientId: string,
    draft: MedicationDraft,
    id: string = crypto.randomUUID(),
  ): Promise<void> {
    await perform(db, 'upsertMedication', { medication: { id, recipientId, ...draft } }, time.clock)
  }

  async function deleteMedication(id: string): Promise<void> {
    await perform(db, 'deleteMedication', { id }, time.clock)
  }

  /** The family confirms the list is up to date as it stands now. */
  async function markReviewed(recipientId: string): Promise<void> {
    await perform(db, 'markMedicationListReviewed', { recipientId, at: isoNow() }, time.clock)
  }

  return { saveMedication, deleteMedication, markReviewed }
})
