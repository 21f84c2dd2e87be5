// A recipient's packing template as it is now, live from the device.
import { computed, type Ref } from 'vue'
import { db } from '../db/database'
import { templateItemsOf } from '../db/packingQueries'
import { currentTemplate } from '../../domain/packing'
import type { ChecklistItem } from '../../protocol'
import { useLiveQuery } from '../tools/useLiveQuery'

export function usePackingTemplate(recipientId: Ref<string>) {
  const { data, loaded } = useLiveQuery(() => templateItemsOf(db, recipientId.value), [] as ChecklistItem[], [
    recipientId,
  ])
  const template = computed(() => currentTemplate(recipientId.value, data.value))
  return { template, loaded }
}
