// The packing list of a stay: which items it holds, in what order, and how far the packing has come.
//
// The rule, chosen so the server keeps no per-stay copies of the template:
// - Each recipient has one template: checklist items with `stayId` null. A stay may also have its own
//   extra items (`stayId` = the stay), which are on its list whatever happens to the template.
// - A stay that has not started lists the template as it is now: every template item not removed.
// - A stay that has started (or ended) lists the template as it was when the stay started: the items
//   added at or before its start (`addedAt` absent counts as always there) and removed after it
//   (`removedAt` absent: still on the template). So template changes never reach past stays.
// - Template items are therefore never edited in place in a way a past stay could see: a change of
//   label, quantity or category retires the old item (`removedAt`) and adds a new version
//   (`addedAt`), and a removal only sets `removedAt`. A changed item is a new thing to pack, so a
//   tick on the old version does not carry over. Reordering moves items in place (past lists show
//   the same items, in the new order).
// - A template item may be marked for day stays or overnight stays only (`forStays`): a day offer's
//   list has no pyjamas, and asks for one of each piece of clothing (`quantityForStay`). A stay's own
//   extra items are on its list whatever they are marked, as many as the family said.
// - Only stays outside the home have a packing list: not `home`, `bpa` or `supportContact`, where
//   the person stays at home or goes out for some hours with a helper.
import type { ChecklistCategory, ChecklistItem, Packing, Stay, StayKind } from '../protocol/entities'
import { itemFitsStay, quantityForStay } from './stayDuration'

export const CATEGORY_ORDER: readonly ChecklistCategory[] = [
  'medicines',
  'medicationList',
  'consumables',
  'toiletries',
  'clothes',
  'aids',
  'other',
]

const STAYS_AT_HOME: ReadonlySet<StayKind> = new Set(['home', 'bpa', 'supportContact'])

/** Whether the family packs a bag for this kind of stay. */
export function isOutsideHome(kind: StayKind): boolean {
  return !STAYS_AT_HOME.has(kind)
}

export function hasStarted(stay: Pick<Stay, 'start'>, nowMs: number): boolean {
  return Date.parse(stay.start) <= nowMs
}

export function isTemplateItem(item: Pick<ChecklistItem, 'stayId'>): boolean {
  return item.stayId === null
}

/** Whether the item is on the template now (not retired). */
export function isCurrentTemplateItem(item: ChecklistItem): boolean {
  return item.stayId === null && !item.removedAt
}

/** Whether the template item was on the template at `instant` (ISO). */
function wasOnTemplateAt(item: ChecklistItem, instant: string): boolean {
  const added = !item.addedAt || Date.parse(item.addedAt) <= Date.parse(instant)
  const notYetRemoved = !item.removedAt || Date.parse(item.removedAt) > Date.parse(instant)
  return added && notYetRemoved
}

/** Whether `item` belongs on the packing list of `stay` at `nowMs`. */
export function isOnStayList(
  item: ChecklistItem,
  stay: Pick<Stay, 'id' | 'recipientId' | 'start' | 'end'>,
  nowMs: number,
): boolean {
  if (item.recipientId !== stay.recipientId) return false
  if (item.stayId !== null) return item.stayId === stay.id
  if (!itemFitsStay(item, stay)) return false
  return hasStarted(stay, nowMs) ? wasOnTemplateAt(item, stay.start) : !item.removedAt
}

/** Category order, then the family's order, then the label, so every device shows the same order. */
export function compareItems(a: ChecklistItem, b: ChecklistItem): number {
  const byCategory = CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category)
  if (byCategory !== 0) return byCategory
  if (a.position !== b.position) return a.position - b.position
  return a.label.localeCompare(b.label, 'nb') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** The packing list of a stay, in order. `items` may hold any items of the household. */
export function stayList(
  stay: Pick<Stay, 'id' | 'recipientId' | 'start' | 'end'>,
  items: readonly ChecklistItem[],
  nowMs: number,
): ChecklistItem[] {
  return items
    .filter((item) => isOnStayList(item, stay, nowMs))
    .map((item) => {
      const quantity = isTemplateItem(item) ? quantityForStay(item, stay) : item.quantity
      return quantity === item.quantity ? item : { ...item, quantity }
    })
    .sort(compareItems)
}

/** The recipient's template as it is now, in order. */
export function currentTemplate(recipientId: string, items: readonly ChecklistItem[]): ChecklistItem[] {
  return items.filter((item) => item.recipientId === recipientId && isCurrentTemplateItem(item)).sort(compareItems)
}

export interface CategoryGroup {
  category: ChecklistCategory
  items: ChecklistItem[]
}

/** Ordered items grouped by category; empty categories are left out unless asked for. */
export function groupByCategory(items: readonly ChecklistItem[], { keepEmpty = false } = {}): CategoryGroup[] {
  const groups = CATEGORY_ORDER.map((category) => ({
    category,
    items: items.filter((item) => item.category === category).sort(compareItems),
  }))
  return keepEmpty ? groups : groups.filter((group) => group.items.length > 0)
}

/** The ids of the items packed for one stay, from that stay's packing rows. */
export function packedItemIds(
  packing: readonly Pick<Packing, 'itemId' | 'packed' | 'stayId'>[],
  stayId: string,
): Set<string> {
  return new Set(packing.filter((row) => row.stayId === stayId && row.packed).map((row) => row.itemId))
}

export interface PackingProgress {
  packed: number
  total: number
  /** Something to pack, and all of it packed. */
  allPacked: boolean
}

/** How far the packing of a list has come; ticks on items no longer on the list do not count. */
export function packingProgress(
  list: readonly Pick<ChecklistItem, 'id'>[],
  packed: ReadonlySet<string>,
): PackingProgress {
  const count = list.filter((item) => packed.has(item.id)).length
  return { packed: count, total: list.length, allPacked: list.length > 0 && count === list.length }
}
