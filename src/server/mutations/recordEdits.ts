// Sync rule 8 for the records both parents edit (medications, checklist items, "about me" cards): an
// edit that says what it began from is merged by field with the record as it is now; an edit from an
// app before that (a whole record with `baseVersion`) is applied only to the version it was made from.
import { differingFields, FIELD_RULES, mergeFields } from '../../domain/fieldMerge'
import type { EditedEntity, EntityOf, FieldConflict } from '../../protocol'
import { currentRecord } from '../storage/records'
import { asChange, assertEditedFromCurrent, editedMeanwhile, type EditBase } from './editedFrom'
import { authorsOf, noteAuthors } from './fieldAuthors'
import { notFoundRejection, Rejection, type MutationContext } from './mutationContext'
import { tellReplaced } from './replacedEdits'

export interface EditArgs<N extends EditedEntity> extends EditBase {
  /** The record as the parent's edit began from it; null for a new one; absent from older apps. */
  base?: EntityOf<N> | null | undefined
  keepsMine?: true | undefined
}

/** Writes the record when it changed, and notes the sender as the author of the fields that did. */
async function write<N extends EditedEntity>(
  context: MutationContext,
  entity: N,
  before: EntityOf<N> | null,
  after: EntityOf<N>,
): Promise<void> {
  const fields = differingFields(before, after)
  if (fields.length > 0) await context.writer.put(entity, after, context.householdId)
  await noteAuthors(context, entity, after.id, fields)
}

async function conflictFields(
  context: MutationContext,
  entity: EditedEntity,
  id: string,
  fields: string[],
): Promise<FieldConflict[]> {
  const authors = await authorsOf(context, entity, id, fields)
  return fields.map((field) => ({ field, by: authors.get(field)?.name ?? null, at: authors.get(field)?.at ?? null }))
}

/** Applies a parent's edit of a record both parents edit, or rejects it as a conflict (sync rule 8). */
export async function applyEdit<N extends EditedEntity>(
  context: MutationContext,
  entity: N,
  mine: EntityOf<N>,
  args: EditArgs<N>,
): Promise<void> {
  if (args.base === undefined) {
    const current = await assertEditedFromCurrent(context, entity, mine.id, args)
    await write(context, entity, current?.deleted === false ? (current.data as EntityOf<N>) : null, mine)
    return
  }
  const current = await currentRecord(context.writer.tx, entity, mine.id)
  if (current && current.householdId !== context.householdId) throw notFoundRejection(entity)
  if (!current) {
    await write(context, entity, null, mine)
    return
  }
  if (current.deleted) {
    // A delete is never undone by an edit made before it, only by a parent who saw it and chose to.
    if (!args.keepsMine)
      throw new Rejection('conflict', editedMeanwhile(entity, true), { current: asChange(entity, mine.id, current) })
    await tellReplaced(context, entity, null, mine, [])
    await write(context, entity, null, mine)
    return
  }
  const theirs = current.data as EntityOf<N> // a live record of this entity, as the writer checked it
  const { merged, conflicts } = mergeFields(args.base, mine, theirs, FIELD_RULES[entity])
  // Told before writing: the authors of the values replaced are those noted until now.
  if (args.keepsMine) await tellReplaced(context, entity, theirs, merged, differingFields(theirs, merged))
  await write(context, entity, theirs, merged)
  if (conflicts.length === 0) return
  const now = await currentRecord(context.writer.tx, entity, mine.id)
  throw new Rejection('conflict', editedMeanwhile(entity, false, true), {
    ...(now ? { current: asChange(entity, mine.id, now) } : {}),
    fields: await conflictFields(context, entity, mine.id, conflicts),
    keepsWrites: true,
  })
}
