// The family's packing lists: template and stay items, and what is packed for which stay.
import type { ChecklistItem, MutationArgs, Packing, Stay } from '../../protocol'
import { findRecord, findRecordsWhere } from '../storage/records'
import { noteAuthors, WHOLE_RECORD } from './fieldAuthors'
import {
  assertIdIsOurs,
  deviceTime,
  notFoundRejection,
  ownRecord,
  Rejection,
  type MutationContext,
} from './mutationContext'
import { applyEdit } from './recordEdits'

export function packingId(stayId: string, itemId: string): string {
  return `${stayId}:${itemId}`
}

function itemBelongsToStay(item: ChecklistItem, stay: Stay): boolean {
  return item.recipientId === stay.recipientId && (item.stayId === null || item.stayId === stay.id)
}

export async function upsertChecklistItem(
  context: MutationContext,
  { item, ...edit }: MutationArgs<'upsertChecklistItem'>,
): Promise<void> {
  await ownRecord(context, 'recipient', item.recipientId)
  if (item.stayId !== null) {
    const stay = await ownRecord(context, 'stay', item.stayId)
    if (stay.recipientId !== item.recipientId) throw new Rejection('invalid_request', { key: 'stayOfAnotherRecipient' })
  }
  await applyEdit(context, 'checklistItem', item, edit)
}

/** Deleting takes the item's packing marks with it; deleting what is already deleted changes nothing. */
export async function deleteChecklistItem(
  context: MutationContext,
  { id }: MutationArgs<'deleteChecklistItem'>,
): Promise<void> {
  const { exists } = await assertIdIsOurs(context, 'checklistItem', id)
  if (!exists) throw notFoundRejection('checklistItem')
  const removed = await context.writer.remove('checklistItem', id, context.householdId)
  if (!removed) return
  await noteAuthors(context, 'checklistItem', id, [WHOLE_RECORD])
  const marks = await findRecordsWhere(context.writer.tx, 'packing', { householdId: context.householdId }, 'itemId', id)
  for (const mark of marks) await context.writer.remove('packing', mark.data.id, context.householdId)
}

/** Two phones ticking the same item: the mark made last (by `at`) wins, whichever arrives last. */
export async function setPacked(context: MutationContext, args: MutationArgs<'setPacked'>): Promise<void> {
  const stay = await ownRecord(context, 'stay', args.stayId)
  const item = await ownRecord(context, 'checklistItem', args.itemId)
  if (!itemBelongsToStay(item, stay)) throw new Rejection('invalid_request', { key: 'notOnStayList' })
  const id = packingId(stay.id, item.id)
  const at = deviceTime(context, args.at)
  const current = await findRecord(context.writer.tx, 'packing', id, { householdId: context.householdId })
  if (current && Date.parse(current.data.updatedAt) > Date.parse(at)) return
  const packing: Packing = { id, stayId: stay.id, itemId: item.id, packed: args.packed, updatedAt: at }
  await context.writer.put('packing', packing, context.householdId)
}
