// What an edit conflict asks the parent (sync rule 8 by field): their own version, and the fields to choose
// between. Apart from ./rejections, which the first screen loads, so the merge rule loads with the notice.
import { differingFields } from '../../domain/fieldMerge'
import type { AboutMe, ChecklistItem, Medication } from '../../protocol'
import type { EditConflict } from './rejections'

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
