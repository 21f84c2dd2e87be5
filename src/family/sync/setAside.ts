// Mutations the server keeps failing on: set aside after a few tries so the rest of the outbox goes on,
// kept on the device with their data until the family tries again or lets them go.
import type { OutboxEntry, PusteromDatabase } from '../db/database'
import { outboxTables, reapplyPendingEffects } from '../db/outbox'
import { isoNow, type Clock } from '../../domain/clock'
import type { ApiErrorKind } from '../../protocol/apiError'

export { setAsideMutations } from '../db/outboxQueries'

/** Failures of the server on one mutation, with the server otherwise answering, before it is set aside. */
export const MAX_SERVER_FAILURES = 5

/** Counts one failure of the server on this mutation; resolves true when that set it aside. */
export async function noteServerFailure(
  db: PusteromDatabase,
  entry: OutboxEntry,
  reason: ApiErrorKind,
  clock: Clock,
): Promise<boolean> {
  return db.transaction('rw', outboxTables(db), async () => {
    const current = await db.outbox.get(entry.seq as number) // entries read from the table have their key
    if (!current || current.setAsideAt) return false
    const attempts = current.attempts + 1
    const setAside = attempts >= MAX_SERVER_FAILURES
    await db.outbox.update(entry.seq as number, {
      attempts,
      lastError: reason,
      setAsideAt: setAside ? isoNow(clock) : null,
    })
    // Like a refused change, its effect comes off the screen; the family sees it in the notice instead.
    if (setAside) await reapplyPendingEffects(db)
    return setAside
  })
}

/** Puts it back in its place in the outbox, with its effect shown again, for the next sync to send. */
export async function retrySetAside(db: PusteromDatabase, id: string): Promise<void> {
  await db.transaction('rw', outboxTables(db), async () => {
    await db.outbox.where('id').equals(id).modify({ setAsideAt: null, attempts: 0, lastError: null })
    await reapplyPendingEffects(db)
  })
}

/** The family gives up on it: it leaves the device. Its effect was already taken off when it was set aside. */
export async function discardSetAside(db: PusteromDatabase, id: string): Promise<void> {
  await db.transaction('rw', outboxTables(db), async () => {
    await db.outbox
      .where('id')
      .equals(id)
      .filter((entry) => Boolean(entry.setAsideAt))
      .delete()
  })
}
