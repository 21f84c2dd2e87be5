// The family's actions the server refused, kept until the family has seen why; and edits that met
// another parent's change (sync rule 8), kept until the family has chosen which version stays.
import type { PusteromDatabase, Rejection } from '../db/database'
import { perform } from '../db/outbox'
import type { Change, ChecklistItem, Medication } from '../protocol'
import type { Clock } from '../domain/clock'

/** An edit refused because the other parent changed or deleted the record since; the server's record is in `current`. */
export type EditConflict = Rejection & { current: Change } & (
    | { name: 'upsertMedication'; args: { medication: Medication } }
    | { name: 'upsertChecklistItem'; args: { item: ChecklistItem } }
  )

export function isEditConflict(rejection: Rejection): rejection is EditConflict {
  return (
    rejection.code === 'conflict' &&
    rejection.current !== undefined &&
    (rejection.name === 'upsertMedication' || rejection.name === 'upsertChecklistItem')
  )
}

export async function unseenRejections(db: PusteromDatabase): Promise<Rejection[]> {
  const all = await db.rejections.orderBy('rejectedAt').toArray()
  return all.filter((rejection) => !rejection.seen)
}

/** Marks the refusals seen; edit conflicts stay until the family has chosen. */
export async function markRejectionsSeen(db: PusteromDatabase): Promise<void> {
  await db.rejections.filter((rejection) => !isEditConflict(rejection)).modify({ seen: true })
}

/** "Keep mine": the family's version is sent again, as an edit of the version it now knowingly replaces. */
export async function keepMyVersion(db: PusteromDatabase, rejectionId: string, clock: Clock): Promise<void> {
  const rejection = await db.rejections.get(rejectionId)
  if (!rejection || rejection.seen || !isEditConflict(rejection)) return
  const baseVersion = rejection.current.version
  if (rejection.name === 'upsertMedication')
    await perform(db, 'upsertMedication', { medication: rejection.args.medication, baseVersion }, clock)
  else await perform(db, 'upsertChecklistItem', { item: rejection.args.item, baseVersion }, clock)
  await db.rejections.update(rejectionId, { seen: true })
}

/** "Keep theirs": the family's edit is dropped; the other parent's version (or deletion) stands. */
export async function keepTheirVersion(db: PusteromDatabase, rejectionId: string): Promise<void> {
  await db.rejections.update(rejectionId, { seen: true })
}
