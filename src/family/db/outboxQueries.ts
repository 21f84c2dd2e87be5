// Reads of the outbox that the first screen needs, kept apart from the outbox's writers so that
// showing "2 changes waiting" does not load the mutation schemas.
import type { Mutation } from '../../protocol'
import type { OutboxEntry, PusteromDatabase } from './database'

/** Mutations the server has acknowledged whose result the device has not pulled yet. */
export const ACKNOWLEDGED_KEY = 'acknowledged'

export async function acknowledgedMutations(db: PusteromDatabase): Promise<Mutation[]> {
  return ((await db.syncState.get(ACKNOWLEDGED_KEY))?.value as Mutation[] | undefined) ?? []
}

export function pendingCount(db: PusteromDatabase): Promise<number> {
  return db.outbox.count()
}

/** Whether a change made on this device still waits to be sent (until the server has answered it). */
export async function isWaitingToBeSent(db: PusteromDatabase, mutationId: string): Promise<boolean> {
  return (await db.outbox.where('id').equals(mutationId).count()) > 0
}

/** The mutations the server kept failing on, kept for the family to retry or discard. */
export function setAsideMutations(db: PusteromDatabase): Promise<OutboxEntry[]> {
  return db.outbox
    .orderBy('seq')
    .filter((entry) => Boolean(entry.setAsideAt))
    .toArray()
}
