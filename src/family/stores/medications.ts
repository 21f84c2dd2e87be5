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

  /** A new medicine, or a change of `base`: the medicine as the form opened with it (sync rule 8 by field). */
  async function saveMedication(recipientId: string, draft: MedicationDraft, base?: Medication): Promise<void> {
    const medication = { id: base?.id ?? crypto.randomUUID(), recipientId, ...draft }
    await perform(db, 'upsertMedication', { medication, base: base ?? null }, time.clock)
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
