// The retention of closed households' data: the job in the database (run_household_retention, migration
// 0030) called with the time, at start and then every hour, so a household's data goes within the hour
// its period runs out. Logs counts only, never which household.
import type { Clock } from '../../domain/clock'
import { DEFAULT_RETENTION_DAYS } from '../../protocol'
import { startRepeatingJob, type RepeatingJob } from '../operations/repeatingJob'
import type { Queryable } from '../storage/database'

const HOUR_MS = 3_600_000

export interface RetentionCounts {
  /** Households whose service ended since the last run. */
  closed: number
  /** Closed households that have service again (a new decision, a stay ahead). */
  reopened: number
  /** Households whose data was deleted, their period having run out. */
  deleted: number
}

/** Closes, reopens and deletes as of `now`, in one transaction of the database's own. */
export async function runHouseholdRetention(db: Queryable, now: number): Promise<RetentionCounts> {
  const [row] = await db.query<RetentionCounts>(
    'SELECT closed, reopened, deleted FROM run_household_retention($1, $2)',
    [new Date(now).toISOString(), DEFAULT_RETENTION_DAYS],
  )
  return { closed: row?.closed ?? 0, reopened: row?.reopened ?? 0, deleted: row?.deleted ?? 0 }
}

export function startHouseholdRetention(db: Queryable, clock: Clock, log: (line: string) => void): RepeatingJob {
  return startRepeatingJob(
    'household retention',
    HOUR_MS,
    async () => {
      const counts = await runHouseholdRetention(db, clock.now())
      return counts.closed + counts.reopened + counts.deleted > 0 ? { ...counts } : null
    },
    log,
  )
}
