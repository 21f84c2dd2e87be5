// The parent's choice on an edit that met the other parent's change. Loaded when they choose, so the
// mutation schemas it needs stay out of the first screen.
import type { PusteromDatabase } from '../db/database'
import { perform } from '../db/outbox'
import type { Clock } from '../../domain/clock'
import { isEditConflict } from './rejections'

/** "Keep mine": the family's version is sent again, as an edit of the version it now knowingly replaces. */
export async function keepMyVersion(db: PusteromDatabase, rejectionId: string, clock: Clock): Promise<void> {
  const rejection = await db.rejections.get(rejectionId)
  if (!rejection || rejection.seen || !isEditConflict(rejection)) return
  const baseVersion = rejection.current.version
  if (rejection.name === 'upsertMedication')
    await perform(db, 'upsertMedication', { medication: rejection.args.medication, baseVersion }, clock)
  else if (rejection.name === 'upsertAboutMe')
    await perform(db, 'upsertAboutMe', { aboutMe: rejection.args.aboutMe, baseVersion }, clock)
  else await perform(db, 'upsertChecklistItem', { item: rejection.args.item, baseVersion }, clock)
  await db.rejections.update(rejectionId, { seen: true })
}

/** "Keep theirs": the family's edit is dropped; the other parent's version (or deletion) stands. */
export async function keepTheirVersion(db: PusteromDatabase, rejectionId: string): Promise<void> {
  await db.rejections.update(rejectionId, { seen: true })
}
