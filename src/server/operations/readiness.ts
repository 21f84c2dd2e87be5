// Whether this process should be sent traffic (Kubernetes' readiness probe) and, when not, why: it is
// still opening and migrating the database, it is shutting down, or its database does not answer.
import type { Queryable } from '../storage/database'

export type Phase = 'starting' | 'ready' | 'draining'

export interface Readiness {
  phase(): Phase
  /** Ready once the database is open and migrated; draining from the first signal to stop. */
  enter(phase: Phase, database?: Queryable): void
  /** Null when ready; otherwise a short reason, safe to show anyone. */
  notReadyBecause(): Promise<string | null>
}

const REASONS: Record<Exclude<Phase, 'ready'>, string> = {
  starting: 'Starting: opening and migrating the database',
  draining: 'Shutting down',
}

/** `pingTimeoutMs`: a database slower than this to answer `SELECT 1` counts as unreachable. */
export function createReadiness(pingTimeoutMs = 2_000): Readiness {
  let phase: Phase = 'starting'
  let database: Queryable | null = null

  async function answers(db: Queryable): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), pingTimeoutMs)
    })
    const ping = db.query('SELECT 1').then(
      () => true,
      () => false,
    )
    try {
      return await Promise.race([ping, late])
    } finally {
      clearTimeout(timer)
    }
  }

  return {
    phase: () => phase,
    enter(next, db) {
      phase = next
      if (db) database = db
    },
    async notReadyBecause() {
      if (phase !== 'ready') return REASONS[phase]
      if (!database || !(await answers(database))) return 'The database does not answer'
      return null
    },
  }
}
