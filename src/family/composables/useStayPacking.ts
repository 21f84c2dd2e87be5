// One stay's packing list, live from the device: what to pack, what is packed, and whether the
// medication list needs a look first.
import { computed, type Ref } from 'vue'
import { db } from '../db/database'
import { stayPackingData, type StayPackingData } from '../db/packingQueries'
import { medicationReviewNeed, type ReviewNeed } from '../../domain/medicationReview'
import {
  hasStarted,
  isOutsideHome,
  packedItemIds,
  packingProgress,
  stayList,
  type PackingProgress,
} from '../../domain/packing'
import { isCancelled } from '../../domain/stayState'
import type { ChecklistItem, Place, Recipient, Stay } from '../../protocol'
import { useAppTime } from '../tools/useAppTime'
import { useLiveQuery } from '../tools/useLiveQuery'

export interface StayPacking {
  stay: Stay
  recipient: Recipient | undefined
  place: Place | undefined
  /** Whether the family packs for this stay at all (away from home, not cancelled). */
  packs: boolean
  cancelled: boolean
  /** The family has said the stay is not needed; the municipality has not answered yet. */
  cancellationPending: boolean
  list: ChecklistItem[]
  packed: Set<string>
  progress: PackingProgress
  /** Started stays keep their list; ended ones are only shown. */
  started: boolean
  ended: boolean
  review: ReviewNeed
}

export function stayPackingOf(data: StayPackingData, nowMs: number): StayPacking {
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

/** Undefined until read or when the device does not know the stay. */
export function useStayPacking(stayId: Ref<string>) {
  const { now } = useAppTime()
  const { data, loaded } = useLiveQuery(
    () => stayPackingData(db, stayId.value),
    undefined as StayPackingData | undefined,
    [stayId],
  )
  const packing = computed(() => (data.value ? stayPackingOf(data.value, now.value) : undefined))
  return { packing, loaded }
}
