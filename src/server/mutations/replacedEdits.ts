// A parent who chose their own value over another parent's ("keep mine") replaces that parent's change
// on purpose: the other parent is told by a `replacedEdit` in the household's feed, until they have seen it.
import type { EditedEntity, EntityOf, MutationArgs, ReplacedEdit } from '../../protocol'
import { findUserById } from '../accounts/accountStore'
import { authorsOf, WHOLE_RECORD } from './fieldAuthors'
import { deviceTime, ownRecord, type MutationContext } from './mutationContext'

/** How a parent recognises the record: the medicine's name, the item's label, the child's name. */
async function recordName<N extends EditedEntity>(context: MutationContext, entity: N, record: EntityOf<N>) {
  if ('label' in record) return record.label
  if ('name' in record) return record.name
  return (await ownRecord(context, 'recipient', record.recipientId)).name
}

/**
 * Tells each other parent whose value of these fields `kept` replaced, or who deleted the record
 * (`before` null) that `kept` brings back. The sender's own earlier values replace no one.
 */
export async function tellReplaced<N extends EditedEntity>(
  context: MutationContext,
  entity: N,
  before: EntityOf<N> | null,
  kept: EntityOf<N>,
  fields: readonly string[],
): Promise<void> {
  const asked = before ? fields : [WHOLE_RECORD]
  const authors = await authorsOf(context, entity, kept.id, asked)
  const name = await recordName(context, entity, kept)
  const sender = await findUserById(context.writer.tx, context.userId)
  if (!sender) throw new Error('the sender of a mutation is not a user')
  for (const field of asked) {
    const author = authors.get(field)
    if (!author || author.userId === context.userId) continue
    const valueOf = (record: EntityOf<N> | null) =>
      record && field !== WHOLE_RECORD ? ((record as Record<string, unknown>)[field] ?? null) : null
    const replaced: ReplacedEdit = {
      id: crypto.randomUUID(),
      entity,
      recordId: kept.id,
      recordName: name,
      field: field === WHOLE_RECORD ? null : field,
      replaced: valueOf(before) as ReplacedEdit['replaced'], // a field of a record the schema checked: JSON
      kept: valueOf(kept) as ReplacedEdit['kept'],
      userId: author.userId,
      byName: sender.name,
      at: context.receivedAt,
      seenAt: null,
    }
    await context.writer.put('replacedEdit', replaced, context.householdId)
  }
}

/** The parent whose value was replaced has seen it; the first time counts. */
export async function markReplacedEditSeen(
  context: MutationContext,
  args: MutationArgs<'markReplacedEditSeen'>,
): Promise<void> {
  const replaced = await ownRecord(context, 'replacedEdit', args.replacedEditId)
  if (replaced.seenAt !== null) return
  await context.writer.put('replacedEdit', { ...replaced, seenAt: deviceTime(context, args.at) }, context.householdId)
}
