// The municipality's closed households as staff review them: who, why (the last decision's last day and
// the last stay's end), since when, and when the retention job deletes their data; the soonest first.
import { z } from 'zod'
import { DEFAULT_RETENTION_DAYS, Id, Instant, type ClosedHouseholdsPage } from '../../protocol'
import type { Queryable } from '../storage/database'
import { SqlConditions } from '../storage/sqlConditions'
import { householdNameOf } from '../staff/reads/householdName'
import { decodeCursor, pageFrom, pageSize } from '../staff/reads/pageCursor'

interface ClosedRow {
  id: string
  closed_at: Date | string
  deletes_at: Date | string
  household_name: string | null
  child_names: string[] | null
  last_decision_day: string
  last_stay_end: Date | string | null
}

const iso = (value: Date | string) => new Date(value).toISOString()

export async function listClosedHouseholds(
  db: Queryable,
  municipalityId: string,
  query: { cursor?: string; limit?: number },
): Promise<ClosedHouseholdsPage> {
  const limit = pageSize(query.limit)
  const after = decodeCursor(query.cursor, z.tuple([Instant, Id]))
  const where = new SqlConditions().add('h.municipality_id = ?', municipalityId).add('h.closed_at IS NOT NULL')
  if (after) where.add('(h.closed_at, h.id) > (?::timestamptz, ?::uuid)', after[0], after[1])
  const days = where.param(DEFAULT_RETENTION_DAYS)
  const rows = await db.query<ClosedRow>(
    `SELECT h.id, h.closed_at,
       household_deletion_due(h.closed_at, h.closed_seen_at, municipality_retention_days(h.municipality_id, ${days}))
         AS deletes_at,
       ${householdNameOf('h.id')} AS household_name,
       (SELECT array_agg(r.data ->> 'name' ORDER BY r.data ->> 'name') FROM records r
         WHERE r.household_id = h.id AND r.entity = 'recipient' AND NOT r.deleted) AS child_names,
       (SELECT max(d.data ->> 'validTo') FROM records d
         WHERE d.household_id = h.id AND d.entity = 'decision' AND NOT d.deleted) AS last_decision_day,
       (SELECT max(api_instant(s.data ->> 'end')) FROM records s
         WHERE s.household_id = h.id AND s.entity = 'stay' AND NOT s.deleted
           AND s.data ->> 'status' NOT IN ('cancelledByFamily', 'cancelledByMunicipality')) AS last_stay_end
     FROM households h WHERE ${where.where} ORDER BY h.closed_at, h.id LIMIT ${where.param(limit + 1)}`,
    where.params,
  )
  const [setting] = await db.query<{ days: number }>('SELECT municipality_retention_days($1, $2) AS days', [
    municipalityId,
    DEFAULT_RETENTION_DAYS,
  ])
  const page = pageFrom(
    rows,
    limit,
    (row) => ({
      householdId: row.id,
      householdName: row.household_name,
      childNames: row.child_names ?? [],
      lastDecisionDay: row.last_decision_day,
      lastStayEnd: row.last_stay_end === null ? null : iso(row.last_stay_end),
      closedAt: iso(row.closed_at),
      deletesAt: iso(row.deletes_at),
    }),
    (row) => [iso(row.closed_at), row.id],
  )
  return { retentionDays: setting?.days ?? DEFAULT_RETENTION_DAYS, ...page }
}
