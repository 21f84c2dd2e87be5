// The record of reminders delivered, one row per device and reminder: a reminder recorded here is never
// sent again, however many ticks, restarts or servers see it due. Written after the push service took
// it, so a process killed in between sends it again (the service worker shows a repeat once).
import type { Queryable } from '../storage/database'

export function sentReminders(db: Queryable) {
  return {
    async wasSent(subscriptionId: string, key: string): Promise<boolean> {
      const rows = await db.query('SELECT 1 FROM sent_reminders WHERE subscription_id = $1 AND reminder_key = $2', [
        subscriptionId,
        key,
      ])
      return rows.length > 0
    },
    async record(subscriptionId: string, key: string, at: string): Promise<void> {
      await db.query(
        'INSERT INTO sent_reminders (subscription_id, reminder_key, sent_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [subscriptionId, key, at],
      )
    },
    /** Rows whose reminders can no longer be due are no longer needed to stop a resend. */
    async forgetOlderThan(at: string): Promise<void> {
      await db.query('DELETE FROM sent_reminders WHERE sent_at < $1', [at])
    },
  }
}
