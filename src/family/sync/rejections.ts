// The family's actions the server refused, kept until the family has seen why; and edits that met
// another parent's change (sync rule 8), kept until the family has chosen which version stays.
import type { PusteromDatabase, Rejection } from '../db/database'
import type { AboutMe, Change, ChecklistItem, Medication } from '../../protocol'

/** An edit refused because the other parent changed or deleted the record since; the server's record is in `current`. */
export type EditConflict = Rejection & { current: Change } & (
    | { name: 'upsertMedication'; args: { medication: Medication } }
    | { name: 'upsertChecklistItem'; args: { item: ChecklistItem } }
    | { name: 'upsertAboutMe'; args: { aboutMe: AboutMe } }
  )

export function isEditConflict(rejection: Rejection): rejection is EditConflict {
  // Every upsert edits a record both parents edit: a medicine, a packing item, an "about me" card.
  return rejection.code === 'conflict' && rejection.current !== undefined && rejection.name.startsWith('upsert')
}

export async function unseenRejections(db: PusteromDatabase): Promise<Rejection[]> {
  const all = await db.rejections.orderBy('rejectedAt').toArray()
  return all.filter((rejection) => !rejection.seen)
}

/** Marks the refusals seen; edit conflicts stay until the family has chosen. */
export async function markRejectionsSeen(db: PusteromDatabase): Promise<void> {
  await db.rejections.filter((rejection) => !isEditConflict(rejection)).modify({ seen: true })
}
