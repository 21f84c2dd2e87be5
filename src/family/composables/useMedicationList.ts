// A recipient and their medicines, live from the device, in the order a helper gives them over the day.
import { computed, type Ref } from 'vue'
import { db } from '../db/database'
import { medicationsOf } from '../db/packingQueries'
import type { Medication, Recipient } from '../../protocol'
import { useLiveQuery } from '../tools/useLiveQuery'

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

export function useMedicationList(recipientId: Ref<string>) {
  const { data, loaded } = useLiveQuery(
    () => medicationList(recipientId.value),
    { recipient: undefined, medications: [] } as MedicationListData,
    [recipientId],
  )
  const recipient = computed(() => data.value.recipient)
  const medications = computed(() => [...data.value.medications].sort(byDayOrder))
  return { recipient, medications, loaded }
}
