// Sync rule 8 for the records both parents edit (medications, checklist items): an edit is applied
// only to the record it was made from, so another parent's change or delete is never undone unseen.
import type { EditedRecord } from '../../protocol'
import { currentRecord } from '../storage/records'
import { notFoundRejection, Rejection, type MutationContext } from './mutationContext'

export interface EditBase {
  baseVersion?: number | null | undefined
  baseMutationId?: string | undefined
}

/**
 * Passes when the record is new, still at the version the edit was made from, or (for an edit that
 * builds on this device's own earlier mutation) last written by that mutation; otherwise a conflict
 * with the record as it is now. Another household's record is answered as not found.
 */
export async function assertEditedFromCurrent(
  context: MutationContext,
  entity: EditedRecord,
  id: string,
  base: EditBase,
): Promise<void> {
  const current = await currentRecord(context.writer.tx, entity, id)
  if (current && current.householdId !== context.householdId) throw notFoundRejection(entity)
  if (!current) return
  // An edit built on the device's own earlier one holds only while that one is still the last write:
  // if it was refused, or someone wrote after it, this edit was made from something no longer there.
  if (base.baseMutationId !== undefined) {
    if (base.baseMutationId === current.mutationId) return
  } else if (base.baseVersion !== undefined && base.baseVersion !== null && base.baseVersion === current.version) return
  throw new Rejection(
    'conflict',
    { key: 'editedMeanwhile', entity, deleted: current.deleted },
    {
      entity,
      id,
      version: current.version,
      deleted: current.deleted,
      data: current.deleted ? null : current.data,
    },
  )
}
