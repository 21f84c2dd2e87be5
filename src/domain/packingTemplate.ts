// How the family's edits of a packing template become item writes that never change past stays' lists
// (the rule is described at the top of ./packing.ts).
import type { ChecklistCategory, ChecklistItem } from '../protocol/entities'
import { compareItems } from './packing'

export type ItemContent = Pick<ChecklistItem, 'category' | 'label' | 'quantity' | 'forStays'>

/** The writes an edit needs: items to upsert and ids to delete. */
export interface ItemWrites {
  upsert: ChecklistItem[]
  remove: string[]
}

const GAP = 1024

/** A position after every item of `category` in `items`. */
export function positionAtEnd(items: readonly ChecklistItem[], category: ChecklistCategory): number {
  const positions = items.filter((item) => item.category === category).map((item) => item.position)
  return positions.length === 0 ? GAP : Math.max(...positions) + GAP
}

/** A new template item at the end of its category, on the template from `at`. */
export function newTemplateItem(
  recipientId: string,
  content: ItemContent,
  siblings: readonly ChecklistItem[],
  at: string,
  id: string,
): ChecklistItem {
  return {
    id,
    recipientId,
    stayId: null,
    ...content,
    label: content.label.trim(),
    position: positionAtEnd(siblings, content.category),
    addedAt: at,
    removedAt: null,
  }
}

/** An extra item for one stay only, at the end of its category on that stay's list. */
export function newStayItem(
  recipientId: string,
  stayId: string,
  content: ItemContent,
  list: readonly ChecklistItem[],
  id: string,
): ChecklistItem {
  return {
    id,
    recipientId,
    stayId,
    ...content,
    label: content.label.trim(),
    position: positionAtEnd(list, content.category),
    addedAt: null,
    removedAt: null,
  }
}

function sameContent(item: ChecklistItem, content: ItemContent): boolean {
  return (
    item.category === content.category &&
    item.label === content.label.trim() &&
    item.quantity === content.quantity &&
    (item.forStays ?? 'any') === (content.forStays ?? 'any')
  )
}

/**
 * A change of a template item's label, quantity or category: the old version is retired at `at` and a
 * new one takes its place, so stays that started before keep the old one. A stay's own item is its own
 * list's business and changes in place.
 */
export function reviseItem(
  item: ChecklistItem,
  content: ItemContent,
  siblings: readonly ChecklistItem[],
  at: string,
  newId: string,
): ItemWrites {
  if (sameContent(item, content)) return { upsert: [], remove: [] }
  const label = content.label.trim()
  const position = content.category === item.category ? item.position : positionAtEnd(siblings, content.category)
  if (item.stayId !== null) return { upsert: [{ ...item, ...content, label, position }], remove: [] }
  const retired: ChecklistItem = { ...item, removedAt: at }
  const revised: ChecklistItem = { ...item, ...content, label, position, id: newId, addedAt: at, removedAt: null }
  return { upsert: [retired, revised], remove: [] }
}

/** Taking an item off: a template item is retired (past stays keep it), a stay's own item is deleted. */
export function removeItem(item: ChecklistItem, at: string): ItemWrites {
  return item.stayId === null ? { upsert: [{ ...item, removedAt: at }], remove: [] } : { upsert: [], remove: [item.id] }
}

/**
 * Moves an item one step up or down within its category of `list` (the ordered items shown together).
 * Takes the neighbour's place by a position between the neighbour and the one beyond, so only the
 * moved item is written and concurrent moves on two phones cannot corrupt the order.
 */
export function moveItem(item: ChecklistItem, direction: 'up' | 'down', list: readonly ChecklistItem[]): ItemWrites {
  const siblings = list.filter((other) => other.category === item.category).sort(compareItems)
  const index = siblings.findIndex((other) => other.id === item.id)
  const step = direction === 'up' ? -1 : 1
  const neighbour = siblings[index + step]
  if (index < 0 || !neighbour) return { upsert: [], remove: [] }
  // Stryker disable next-line ArithmeticOperator: step is 1 or -1, so 2 / step is 2 * step
  const beyond = siblings[index + 2 * step]
  const position = beyond ? (neighbour.position + beyond.position) / 2 : neighbour.position + step * GAP
  // Positions that collide (e.g. equal seeds) would make the move a no-op; fall back to a plain step.
  const distinct = position !== neighbour.position && (!beyond || position !== beyond.position)
  return { upsert: [{ ...item, position: distinct ? position : neighbour.position + step / 2 }], remove: [] }
}
