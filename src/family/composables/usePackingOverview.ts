// The packing area, live: the next stays to pack for, and each recipient with the size of their template.
import { computed } from 'vue'
import { db } from '../db/database'
import { nextPackingData, templateItemsOf, type StayPackingData } from '../db/packingQueries'
import { isoNow } from '../../domain/clock'
import { currentTemplate } from '../../domain/packing'
import type { Recipient } from '../../protocol'
import { useAppTime } from '../tools/useAppTime'
import { useLiveQuery } from '../tools/useLiveQuery'
import { stayPackingOf } from './useStayPacking'

interface PackingOverviewData {
  next: StayPackingData[]
  recipients: { recipient: Recipient; templateSize: number }[]
}

async function packingOverview(now: string): Promise<PackingOverviewData> {
  const [next, recipients] = await Promise.all([nextPackingData(db, now), db.recipients.toArray()])
  const sizes = await Promise.all(
    recipients.map(async (recipient) => currentTemplate(recipient.id, await templateItemsOf(db, recipient.id)).length),
  )
  const sorted = recipients
    .map((recipient, index) => ({ recipient, templateSize: sizes[index] ?? 0 }))
    .sort((a, b) => a.recipient.name.localeCompare(b.recipient.name, 'nb'))
  return { next, recipients: sorted }
}

export function usePackingOverview() {
  const time = useAppTime()
  const { data, loaded } = useLiveQuery(() => packingOverview(isoNow(time.clock)), {
    next: [],
    recipients: [],
  } as PackingOverviewData)
  const next = computed(() => data.value.next.map((stay) => stayPackingOf(stay, time.now.value)))
  const recipients = computed(() => data.value.recipients)
  return { next, recipients, loaded }
}
