// The family's actions the server refused, kept until the family has seen why; and edits that met
// another parent's change (sync rule 8), kept until the family has chosen which version stays.
import type { PusteromDatabase, Rejection } from '../db/database'
import { differingFields } from '../../domain/fieldMerge'
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

/** The family's own version of the record, as they sent it. */
export function myVersion(conflict: EditConflict): Medication | ChecklistItem | AboutMe {
  if (conflict.name === 'upsertMedication') return conflict.args.medication
  return conflict.name === 'upsertAboutMe' ? conflict.args.aboutMe : conflict.args.item
}

/**
 * The fields the parent is asked about: those both changed differently, as the server named them; for
 * an edit sent by the whole-record rule (queued before the app was updated), every field that differs.
 * None when the other parent deleted the record.
 */
export function askedFields(conflict: EditConflict): string[] {
  const theirs = conflict.current.data
  if (conflict.current.deleted || typeof theirs !== 'object' || theirs === null) return []
  return conflict.fields?.map(({ field }) => field) ?? differingFields(theirs, myVersion(conflict))
}

export async function unseenRejections(db: PusteromDatabase): Promise<Rejection[]> {
  const all = await db.rejections.orderBy('rejectedAt').toArray()
  return all.filter((rejection) => !rejection.seen)
}

/** Marks the refusals seen; edit conflicts stay until the family has chosen. */
export async function markRejectionsSeen(db: PusteromDatabase): Promise<void> {
  await db.rejections.filter((rejection) => !isEditConflict(rejection)).modify({ seen: true })
}
