// The access log: which staff member (or the record system, as a machine client) read or changed which
// household's data, when, through which route, and which record. Only appended to (the table refuses UPDATE
// and DELETE, but for the retention job's); never part of the change feed.
import { randomUUID } from 'node:crypto'
import type { StaffPrincipal } from '../auth/principal'
import type { Queryable } from '../storage/database'

/** A read of what this staff member read through the same route within this time is the list refreshed. */
export const REPEATED_READ_MS = 15 * 60_000

export interface Access {
  staff: StaffPrincipal
  /** The route's operation id. */
  action: string
  /** The households whose data was read or changed; null for a change that concerns no one household. */
  householdIds: readonly (string | null)[]
  /** The one stay, request, application, message or note the read or change concerned, where there is one. */
  recordId?: string
  /**
   * A read: not written again for a household this staff member read through the same route within
   * REPEATED_READ_MS (the console refreshing a list already shown). A change is always written.
   */
  read?: boolean
  at: string
}

/** One row per household (each once); nothing when a read returned no household's data. */
export async function recordAccess(db: Queryable, access: Access): Promise<void> {
  const households = [...new Set(access.householdIds)]
  const rows = households.map((householdId) => ({ householdId, recordId: access.recordId ?? null }))
  await insertAccess(db, access, rows)
}

/** A change of many records in one request (a record system's Bundle): one row per record, with its household. */
export async function recordChanges(
  db: Queryable,
  access: Pick<Access, 'staff' | 'action' | 'at'>,
  records: readonly { householdId: string | null; recordId: string }[],
): Promise<void> {
  await insertAccess(db, access, records)
}

async function insertAccess(
  db: Queryable,
  access: Pick<Access, 'staff' | 'action' | 'at' | 'read'>,
  rows: readonly { householdId: string | null; recordId: string | null }[],
): Promise<void> {
  if (rows.length === 0) return
  const since = new Date(Date.parse(access.at) - REPEATED_READ_MS).toISOString()
  await db.query(
    `INSERT INTO access_log (at, municipality_id, user_id, action, household_id, request_id, record_id, client_id)
     SELECT $1, $2, $3, $4, h.id, $6, h.record_id, $10 FROM unnest($5::uuid[], $7::text[]) AS h(id, record_id)
     WHERE NOT $8 OR NOT EXISTS (
       SELECT 1 FROM access_log l WHERE l.municipality_id = $2 AND l.user_id = $3 AND l.action = $4
         AND l.household_id = h.id AND l.record_id IS NOT DISTINCT FROM h.record_id AND l.at > $9 AND l.at <= $1)`,
    [
      access.at,
      access.staff.municipalityId,
      access.staff.userId,
      access.action,
      rows.map((row) => row.householdId),
      randomUUID(),
      rows.map((row) => row.recordId),
      access.read ?? false,
      since,
      access.staff.clientId ?? null,
    ],
  )
}
