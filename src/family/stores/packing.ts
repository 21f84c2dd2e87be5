// The family's actions on packing lists and templates, one function each (the lists themselves are
// read live by composables). Every action writes the device first and queues its mutation in the same
// transaction (db/outbox).
import { defineStore } from 'pinia'
import { useAppTime } from '../tools/useAppTime'
import { isoNow as isoNowOf } from '../../domain/clock'
import { db } from '../db/database'
import { outboxTables, perform } from '../db/outbox'
import { defaultTemplateItems } from '../../domain/defaultPackingTemplate'
import {
  moveItem as movesOf,
  newStayItem,
  newTemplateItem,
  removeItem as removalOf,
  reviseItem as revisionOf,
  type ItemContent,
  type ItemWrites,
} from '../../domain/packingTemplate'
import type { ChecklistItem, Stay } from '../../protocol'

export const usePackingStore = defineStore('packing', () => {
  const time = useAppTime()
  const isoNow = () => isoNowOf(time.clock)

  /** Ticks or unticks an item; the latest tick wins on every device. */
  async function setPacked(stayId: string, itemId: string, packed: boolean): Promise<void> {
    await perform(db, 'setPacked', { stayId, itemId, packed, at: isoNow() }, time.clock)
  }

  /**
   * Several item writes as one action: either all reach the device and the outbox, or none. `edited`: the
   * item as the parent saw it when they acted, what a write of the same item was made from (sync rule 8).
   */
  async function write(writes: ItemWrites, edited?: ChecklistItem): Promise<void> {
    if (writes.upsert.length + writes.remove.length === 0) return
    await db.transaction('rw', outboxTables(db), async () => {
      for (const item of writes.upsert) {
        const base = item.id === edited?.id ? edited : null
        await perform(db, 'upsertChecklistItem', { item, ...(base ? { base } : {}) }, time.clock)
      }
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
    return write(revisionOf(item, content, siblings, isoNow(), crypto.randomUUID()), item)
  }

  function removeItem(item: ChecklistItem) {
    return write(removalOf(item, isoNow()), item)
  }

  function moveItem(item: ChecklistItem, direction: 'up' | 'down', list: readonly ChecklistItem[]) {
    return write(movesOf(item, direction, list), item)
  }

  /** Fills an empty template with the suggested items, from now on (past stays stay as they were). */
  function fillWithSuggestions(recipientId: string) {
    return write({ upsert: defaultTemplateItems(recipientId, () => crypto.randomUUID(), isoNow()), remove: [] })
  }

  return {
    setPacked,
    addTemplateItem,
    addStayItem,
    reviseItem,
    removeItem,
    moveItem,
    fillWithSuggestions,
  }
})
