// Which households' reminders are due a look, as jobs in the database (migration 0015): any server
// process takes due ones with FOR UPDATE SKIP LOCKED, leasing each by moving its due time, so a tick
// costs what is due, not how many households there are, and two processes never look at one together.
import type { Queryable } from '../storage/database'

export function reminderJobs(db: Queryable) {
  return {
    /** Up to `limit` households due at `now`, each leased until `leaseUntil` (taken again after, if this process dies). */
    async take(now: string, leaseUntil: string, limit: number): Promise<string[]> {
      const rows = await db.query<{ household_id: string }>(
        `UPDATE reminder_jobs SET due_at = $2
         WHERE household_id IN (
           SELECT household_id FROM reminder_jobs WHERE due_at <= $1 ORDER BY due_at LIMIT $3 FOR UPDATE SKIP LOCKED)
         RETURNING household_id`,
        [now, leaseUntil, limit],
      )
      return rows.map((row) => row.household_id)
    },
    /**
     * When to look next (null: never, until a change asks). Left alone when a change asked for a look
     * while this one ran: the change's trigger took the lease away by making the job due at once.
     */
    async lookNextAt(householdId: string, leaseUntil: string, next: string | null): Promise<void> {
      if (next === null)
        await db.query('DELETE FROM reminder_jobs WHERE household_id = $1 AND due_at = $2', [householdId, leaseUntil])
      else
        await db.query('UPDATE reminder_jobs SET due_at = $3 WHERE household_id = $1 AND due_at = $2', [
          householdId,
          leaseUntil,
          next,
        ])
    },
    /** Makes households this process holds due at `now`, for any process to take at once. */
    async handBack(householdIds: readonly string[], leaseUntil: string, now: string): Promise<void> {
      if (householdIds.length === 0) return
      await db.query('UPDATE reminder_jobs SET due_at = $3 WHERE household_id = ANY ($1::uuid[]) AND due_at = $2', [
        householdIds,
        leaseUntil,
        now,
      ])
    },
  }
}
