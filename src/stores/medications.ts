// A recipient's medication list, live from the device, and the family's actions on it.
import { defineStore } from 'pinia'
import { computed, type Ref } from 'vue'
import { useAppTime } from '../composables/useAppTime'
import { isoNow as isoNowOf } from '../domain/clock'
import { useLiveQuery } from '../composables/useLiveQuery'
import { db } from '../db/database'
import { perform } from '../db/outbox'
import { medicationsOf } from '../db/packingQueries'
import type { Medication, Recipient } from '../protocol'

export type MedicationDraft = Omit<Medication, 'id' | 'recipientId'>

interface MedicationListData {
  recipient: Recipient | undefined
  medications: Medication[]
}

async function medicationList(recipientId: string): Promise<MedicationListData> {
  const [recipient, medications] = await Promise.all([db.recipients.get(recipientId), medicationsOf(db, recipientId)])
  return { recipient, medications }
}

/** By the first time given, then by name: the order a helper gives them in over the day. */
function byDayOrder(a: Medication, b: Medication): number {
  const first = (medication: Medication) => medication.times[0] ?? '99:99'
  return first(a).localeCompare(first(b)) || a.name.localeCompare(b.name, 'nb')
}

export const useMedicationsStore = defineStore('medications', () => {
  const time = useAppTime()
  const isoNow = () => isoNowOf(time.clock)

  /** The recipient and their medicines, live. */
  function useMedicationList(recipientId: Ref<string>) {
    const { data, loaded } = useLiveQuery(
      () => medicationList(recipientId.value),
      { recipient: undefined, medications: [] } as MedicationListData,
      [recipientId],
    )
    const recipient = computed(() => data.value.recipient)
    const medications = computed(() => [...data.value.medications].sort(byDayOrder))
    return { recipient, medications, loaded }
  }

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

  return { useMedicationList, saveMedication, deleteMedication, markReviewed }
})
