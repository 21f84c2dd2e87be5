// Packing lists and templates, live from the device, and one function per family action on them.
// Every action writes the device first and queues its mutation in the same transaction (db/outbox).
import { defineStore } from 'pinia'
import { computed, type Ref } from 'vue'
import { useAppTime } from '../composables/useAppTime'
import { isoNow as isoNowOf } from '../domain/clock'
import { useLiveQuery } from '../composables/useLiveQuery'
import { db } from '../db/database'
import { outboxTables, perform } from '../db/outbox'
import { nextPackingData, stayPackingData, templateItemsOf, type StayPackingData } from '../db/packingQueries'
import { defaultTemplateItems } from '../domain/defaultPackingTemplate'
import { medicationReviewNeed, type ReviewNeed } from '../domain/medicationReview'
import {
  currentTemplate,
  hasStarted,
  isOutsideHome,
  packedItemIds,
  packingProgress,
  stayList,
  type PackingProgress,
} from '../domain/packing'
import {
  moveItem as movesOf,
  newStayItem,
  newTemplateItem,
  removeItem as removalOf,
  reviseItem as revisionOf,
  type ItemContent,
  type ItemWrites,
} from '../domain/packingTemplate'
import { isCancelled } from '../domain/stayState'
import type { ChecklistItem, Place, Recipient, Stay } from '../protocol'

export interface StayPacking {
  stay: Stay
  recipient: Recipient | undefined
  place: Place | undefined
  /** Whether the family packs for this stay at all (away from home, not cancelled). */
  packs: boolean
  cancelled: boolean
  list: ChecklistItem[]
  packed: Set<string>
  progress: PackingProgress
  /** Started stays keep their list; ended ones are only shown. */
  started: boolean
  ended: boolean
  review: ReviewNeed
}

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

export const usePackingStore = defineStore('packing', () => {
  const time = useAppTime()
  const isoNow = () => isoNowOf(time.clock)

  function describe(data: StayPackingData, nowMs: number): StayPacking {
    const { stay } = data
    const list = stayList(stay, data.items, nowMs)
    const packed = packedItemIds(data.packing, stay.id)
    const ended = Date.parse(stay.end) <= nowMs
    return {
      ...data,
      packs: isOutsideHome(stay.kind) && !isCancelled(stay),
      cancelled: isCancelled(stay),
      list,
      packed,
      progress: packingProgress(list, packed),
      started: hasStarted(stay, nowMs),
      ended,
      review: ended
        ? { needed: false }
        : medicationReviewNeed(data.recipient?.medicationListReviewedAt ?? null, stay, nowMs),
    }
  }

  /** One stay's packing list, live; undefined until read or when the device does not know the stay. */
  function useStayPacking(stayId: Ref<string>) {
    const { data, loaded } = useLiveQuery(
      () => stayPackingData(db, stayId.value),
      undefined as StayPackingData | undefined,
      [stayId],
    )
    const packing = computed(() => (data.value ? describe(data.value, time.now.value) : undefined))
    return { packing, loaded }
  }

  /** A recipient's template as it is now, live. */
  function useTemplate(recipientId: Ref<string>) {
    const { data, loaded } = useLiveQuery(() => templateItemsOf(db, recipientId.value), [] as ChecklistItem[], [
      recipientId,
    ])
    const template = computed(() => currentTemplate(recipientId.value, data.value))
    return { template, loaded }
  }

  /** The packing area: the next stays to pack for, and each recipient with the size of their template. */
  function useOverview() {
    const { data, loaded } = useLiveQuery(() => packingOverview(isoNow()), {
      next: [],
      recipients: [],
    } as PackingOverviewData)
    const next = computed(() => data.value.next.map((stay) => describe(stay, time.now.value)))
    const recipients = computed(() => data.value.recipients)
    return { next, recipients, loaded }
  }

  /** Ticks or unticks an item; the latest tick wins on every device. */
  async function setPacked(stayId: string, itemId: string, packed: boolean): Promise<void> {
    await perform(db, 'setPacked', { stayId, itemId, packed, at: isoNow() }, time.clock)
  }

  /** Several item writes as one action: either all reach the device and the outbox, or none. */
  async function write(writes: ItemWrites): Promise<void> {
    if (writes.upsert.length + writes.remove.length === 0) return
    await db.transaction('rw', outboxTables(db), async () => {
      for (const item of writes.upsert) await perform(db, 'upsertChecklistItem', { item }, time.clock)
      for (const id of writes.remove) await perform(db, 'deleteChecklistItem', { id }, time.clock)
    })
  }

  function addTemplateItem(recipientId: string, content: ItemContent, template: readonly ChecklistItem[]) {
    return write({
      upsert: [newTemplateItem(recipientId, content, template, isoNow(), crypto.randomUUID())],
      remove: [],
    })
  }

  function addStayItem(stay: Pick<Stay, 'id' | 'recipientId'>, content: ItemContent, list: readonly ChecklistItem[]) {
    return write({ upsert: [newStayItem(stay.recipientId, stay.id, content, list, crypto.randomUUID())], remove: [] })
  }

  function reviseItem(item: ChecklistItem, content: ItemContent, siblings: readonly ChecklistItem[]) {
    return write(revisionOf(item, content, siblings, isoNow(), crypto.randomUUID()))
  }

  function removeItem(item: ChecklistItem) {
    return write(removalOf(item, isoNow()))
  }

  function moveItem(item: ChecklistItem, direction: 'up' | 'down', list: readonly ChecklistItem[]) {
    return write(movesOf(item, direction, list))
  }

  /** Fills an empty template with the suggested items, from now on (past stays stay as they were). */
  function fillWithSuggestions(recipientId: string) {
    return write({ upsert: defaultTemplateItems(recipientId, () => crypto.randomUUID(), isoNow()), remove: [] })
  }

  return {
    useStayPacking,
    useTemplate,
    useOverview,
    setPacked,
    addTemplateItem,
    addStayItem,
    reviseItem,
    removeItem,
    moveItem,
    fillWithSuggestions,
  }
})
