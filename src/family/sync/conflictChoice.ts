// The parent's choice on an edit that met the other parent's change. Loaded when they choose, so the
// mutation schemas it needs stay out of the first screen.
import type { PusteromDatabase } from '../db/database'
import { perform } from '../db/outbox'
import type { Clock } from '../../domain/clock'
import { askedFields } from './conflictFields'
import { isEditConflict, type EditConflict } from './rejections'

/**
 * The edit "keep mine" sends: the record the parent was shown with their own values in the fields
 * they were asked about, made from what they were shown; or their whole record, over a deletion.
 */
function keptVersion<T extends object>(conflict: EditConflict, mine: T): { kept: T; base: T | null } {
  const theirs = conflict.current.data as T | null // the server's record of the same entity, as the conflict came
  if (!theirs || conflict.current.deleted) return { kept: mine, base: null }
  const own = Object.fromEntries(
    askedFields(conflict).map((field) => [field, (mine as Record<string, unknown>)[field]]),
  )
  return { kept: { ...theirs, ...own }, base: theirs }
}

/** "Keep mine": the family's values replace the other parent's, who is told so by the server. */
export async function keepMyVersion(db: PusteromDatabase, rejectionId: string, clock: Clock): Promise<void> {
  const rejection = await db.rejections.get(rejectionId)
  if (!rejection || rejection.seen || !isEditConflict(rejection)) return
  if (rejection.name === 'upsertMedication') {
    const { kept, base } = keptVersion(rejection, rejection.args.medication)
    await perform(db, 'upsertMedication', { medication: kept, base, keepsMine: true }, clock)
  } else if (rejection.name === 'upsertAboutMe') {
    const { kept, base } = keptVersion(rejection, rejection.args.aboutMe)
    await perform(db, 'upsertAboutMe', { aboutMe: kept, base, keepsMine: true }, clock)
  } else {
    const { kept, base } = keptVersion(rejection, rejection.args.item)
    await perform(db, 'upsertChecklistItem', { item: kept, base, keepsMine: true }, clock)
  }
  await db.rejections.update(rejectionId, { seen: true })
}

/** "Keep theirs": the family's edit is dropped; the other parent's version (or deletion) stands. */
export async function keepTheirVersion(db: PusteromDatabase, rejectionId: string): Promise<void> {
  await db.rejections.update(rejectionId, { seen: true })
}
