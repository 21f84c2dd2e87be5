// What a family's edit of a record both parents edit was made from (sync rule 8): the version of the
// server's copy the device last pulled, and this device's own pending change of it, if any.
import type { Change, Mutation } from '../../protocol'
import type { PusteromDatabase } from './database'

/** The entities whose edits carry the version they were made from. */
const VERSIONED = new Set<Change['entity']>(['medication', 'checklistItem', 'aboutMe'])
const VERSION_PREFIX = 'serverVersion:'

function versionKey(entity: Change['entity'], id: string): string {
  return `${VERSION_PREFIX}${entity}:${id}`
}

/** Keeps the version of each versioned record a pull brings, deleted ones too. Call inside the pull's transaction. */
export async function keepServerVersions(db: PusteromDatabase, changes: readonly Change[]): Promise<void> {
  const versions = changes
    .filter((change) => VERSIONED.has(change.entity))
    .map((change) => ({ key: versionKey(change.entity, change.id), value: change.version }))
  if (versions.length > 0) await db.syncState.bulkPut(versions)
}

function editedRecord(mutation: Mutation): { entity: Change['entity']; id: string } | null {
  switch (mutation.name) {
    case 'upsertMedication':
      return { entity: 'medication', id: mutation.args.medication.id }
    case 'deleteMedication':
      return { entity: 'medication', id: mutation.args.id }
    case 'upsertChecklistItem':
      return { entity: 'checklistItem', id: mutation.args.item.id }
    case 'upsertAboutMe':
      return { entity: 'aboutMe', id: mutation.args.aboutMe.id }
    case 'deleteChecklistItem':
      return { entity: 'checklistItem', id: mutation.args.id }
    default:
      return null
  }
}

/**
 * Gives an upsert the version it was edited from, unless it already has one (a parent's "keep mine"
 * names the version it overrides). `pending`: this device's mutations not yet pulled back, oldest
 * first. Call inside the transaction that enqueues it.
 */
export async function withEditBase(db: PusteromDatabase, mutation: Mutation, pending: Mutation[]): Promise<Mutation> {
  if (
    mutation.name !== 'upsertMedication' &&
    mutation.name !== 'upsertChecklistItem' &&
    mutation.name !== 'upsertAboutMe'
  )
    return mutation
  if (mutation.args.baseVersion !== undefined) return mutation
  const record = editedRecord(mutation)
  if (!record) return mutation
  const stored = await db.syncState.get(versionKey(record.entity, record.id))
  const baseVersion = typeof stored?.value === 'number' ? stored.value : null
  // Not sent or not yet pulled: the server knows it by its id, the device not yet by its version.
  const builtOn = pending.findLast((earlier) => {
    const edited = editedRecord(earlier)
    return edited?.entity === record.entity && edited.id === record.id
  })
  const base = { baseVersion, ...(builtOn ? { baseMutationId: builtOn.id } : {}) }
  return { ...mutation, args: { ...mutation.args, ...base } } as Mutation // same name, args widened by two fields
}
