// The access log's retention period: entries older than it are deleted once a day. Only this job may
// delete from the log: it says so for its own transaction, and the table refuses everyone else.
import type { Clock } from '../../domain/clock'
import { startRepeatingJob } from '../operations/repeatingJob'
import type { Database } from '../storage/database'

const DAY_MS = 86_400_000

/** Deletes the entries older than `days` before now; answers how many went. */
export async function deleteExpiredAccessLog(db: Database, now: number, days: number): Promise<number> {
  const before = new Date(now - days * DAY_MS).toISOString()
  return db.transaction(async (tx) => {
    await tx.query(`SELECT set_config('pusterom.access_log_retention', 'on', true)`)
    const [row] = await tx.query<{ deleted: string | number }>(
      `WITH gone AS (DELETE FROM access_log WHERE at < $1 RETURNING 1) SELECT count(*) AS deleted FROM gone`,
      [before],
    )
    return Number(row?.deleted ?? 0)
  })
}

/** Runs the retention at start and then daily; `stop` ends it. */
export function startAccessLogRetention(db: Database, clock: Clock, days: number, log: (line: string) => void) {
  return startRepeatingJob(
    'access log retention',
    DAY_MS,
    async () => {
      const deleted = await deleteExpiredAccessLog(db, clock.now(), days)
      return deleted > 0 ? { deleted, days } : null
    },
    log,
  )
}
