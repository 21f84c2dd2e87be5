// Sync rule 8 as apps before the merge by field send it (a whole record with `baseVersion`): an edit is
// applied only to the record it was made from, so another parent's change or delete is never undone unseen.
import type { Change, EditedEntity, EntityName, RefusalReason } from '../../protocol'
import { currentRecord, type CurrentRecord } from '../storage/records'
import { notFoundRejection, Rejection, type MutationContext } from './mutationContext'

export interface EditBase {
  baseVersion?: number | null | undefined
  baseMutationId?: string | undefined
}

/** Why an edit that met the other parent's change or delete was refused. */
export function editedMeanwhile(entity: EditedEntity, deleted: boolean, restSaved?: true): RefusalReason {
  return { key: 'editedMeanwhile', entity, deleted, ...(restSaved ? { restSaved } : {}) }
}

/** A record as it is now, as the change feed would carry it. */
export function asChange(entity: EntityName, id: string, current: CurrentRecord): Change {
  return { entity, id, version: current.version, deleted: current.deleted, data: current.deleted ? null : current.data }
}

/**
 * Passes when the record is new, still at the version the edit was made from, or (for an edit that
 * builds on this device's own earlier mutation) last written by that mutation; otherwise a conflict
 * with the record as it is now. Another household's record is answered as not found. Answers the
 * record as it was before the edit (null for a new one).
 */
export async function assertEditedFromCurrent(
  context: MutationContext,
  entity: EditedEntity,
  id: string,
  base: EditBase,
): Promise<CurrentRecord | null> {
  const current = await currentRecord(context.writer.tx, entity, id)
  if (current && current.householdId !== context.householdId) throw notFoundRejection(entity)
  if (!current) return null
  // An edit built on the device's own earlier one holds only while that one is still the last write:
  // if it was refused, or someone wrote after it, this edit was made from something no longer there.
  if (base.baseMutationId !== undefined) {
    if (base.baseMutationId === current.mutationId) return current
  } else if (base.baseVersion !== undefined && base.baseVersion !== null && base.baseVersion === current.version)
    return current
  throw new Rejection('conflict', editedMeanwhile(entity, current.deleted), {
    current: asChange(entity, id, current),
  })
}
