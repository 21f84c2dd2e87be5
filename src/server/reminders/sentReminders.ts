// The record of reminders sent, one row per device and reminder: claiming a row is what makes a
// reminder go out once, however many ticks, restarts or servers see it due.
import type { Queryable } from '../storage/database'

export function sentReminders(db: Queryable) {
  return {
    /** True when this call claimed the reminder; false when it was already sent. */
    async claim(subscriptionId: string, key: string, at: string): Promise<boolean> {
      const rows = await db.query<{ reminder_key: string }>(
        'INSERT INTO sent_reminders (subscription_id, reminder_key, sent_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING reminder_key',
        [subscriptionId, key, at],
      )
      return rows.length > 0
    },
    /** The push service could not take it: let a later tick try again while it is still of use. */
    async release(subscriptionId: string, key: string): Promise<void> {
      await db.query('DELETE FROM sent_reminders WHERE subscription_id = $1 AND reminder_key = $2', [
        subscriptionId,
        key,
      ])
    },
    /** Rows whose reminders can no longer be due are no longer needed to stop a resend. */
    async forgetOlderThan(at: string): Promise<void> {
      await db.query('DELETE FROM sent_reminders WHERE sent_at < $1', [at])
    },
  }
}
