// Reads of the outbox that the first screen needs, kept apart from the outbox's writers so that
// showing "2 changes waiting" does not load the mutation schemas.
import type { PusteromDatabase } from './database'

export function pendingCount(db: PusteromDatabase): Promise<number> {
  return db.outbox.count()
}
