// A device joining a household's push subscriptions, with a cap: a household keeps at most
// MAX_DEVICES_PER_HOUSEHOLD devices, and the one that subscribed or chose longest ago makes way for a
// new one, so one message never fans out into more pushes than a family has phones.
import type { Database } from '../storage/database'
import { subscriptionStore, type StoredSubscription, type SubscriptionInput } from './subscriptionStore'

export const MAX_DEVICES_PER_HOUSEHOLD = 20

// Any fixed number works; the second key is the household's, so households never wait for each other.
const DEVICES_LOCK = 72_616_402

/** Saves the device and makes room for it; null as `subscriptionStore.upsert` answers it. */
export function subscribeDevice(
  db: Database,
  householdId: string,
  input: SubscriptionInput,
  at: string,
): Promise<StoredSubscription | null> {
  return db.transaction(async (tx) => {
    // Two devices subscribing at once must not both find room for one.
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [DEVICES_LOCK, householdId])
    const saved = await subscriptionStore(tx).upsert(householdId, input, at)
    if (saved)
      await tx.query(
        `DELETE FROM push_subscriptions WHERE id IN (
           SELECT id FROM push_subscriptions WHERE household_id = $1 AND id <> $2
           ORDER BY updated_at DESC, created_at DESC, id DESC OFFSET $3)`,
        [householdId, saved.id, MAX_DEVICES_PER_HOUSEHOLD - 1],
      )
    return saved
  })
}
