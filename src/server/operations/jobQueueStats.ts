// What the metrics say about the two job queues in the shared database: how many jobs are due that no
// process holds (a held job's due time is its lease's end, in the future), and how long the oldest has
// waited: since its due time, or, for a job due "at once" ('-infinity'), since it was queued.
import type { Clock } from '../../domain/clock'
import type { Queryable } from '../storage/database'
import type { JobQueueStats } from './serverMetrics'

const TABLES = { push: 'push_jobs', reminder: 'reminder_jobs' } as const

export async function jobQueueStats(db: Queryable, clock: Clock): Promise<JobQueueStats[]> {
  const now = new Date(clock.now()).toISOString()
  const stats: JobQueueStats[] = []
  for (const queue of ['push', 'reminder'] as const) {
    const [row] = await db.query<{ due: number; waited: number | null }>(
      `SELECT count(*)::int AS due,
         extract(epoch FROM $1::timestamptz - min(CASE WHEN due_at = '-infinity' THEN queued_at ELSE due_at END))::float8
           AS waited
       FROM ${TABLES[queue]} WHERE due_at <= $1`,
      [now],
    )
    stats.push({ queue, due: row?.due ?? 0, oldestDueSeconds: Math.max(0, row?.waited ?? 0) })
  }
  return stats
}
