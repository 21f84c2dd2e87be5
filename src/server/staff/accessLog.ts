// The access log: which staff member read or changed which household's data, when, through which
// route. Only appended to (the table refuses UPDATE and DELETE); never part of the change feed.
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { AccessLogEntry, Page } from '../../protocol'
import type { StaffPrincipal } from '../auth/principal'
import type { Queryable } from '../storage/database'
import { SqlConditions } from '../storage/sqlConditions'
import { decodeCursor, pageFrom, pageSize } from './reads/pageCursor'

export interface Access {
  staff: StaffPrincipal
  /** The route's operation id. */
  action: string
  /** The households whose data was read or changed; null for a change that concerns no one household. */
  householdIds: readonly (string | null)[]
  /** The one stay, request, application or message the read or change concerned, where there is one. */
  recordId?: string
  at: string
}

/** One row per household (each once); nothing when a read returned no household's data. */
export async function recordAccess(db: Queryable, access: Access): Promise<void> {
  const households = [...new Set(access.householdIds)]
  if (households.length === 0) return
  await db.query(
    `INSERT INTO access_log (at, municipality_id, user_id, action, household_id, request_id, record_id)
     SELECT $1, $2, $3, $4, household_id, $6, $7 FROM unnest($5::uuid[]) AS household_id`,
    [
      access.at,
      access.staff.municipalityId,
      access.staff.userId,
      access.action,
      households,
      randomUUID(),
      access.recordId ?? null,
    ],
  )
}

interface LogRow {
  id: string | number
  at: Date | string
  user_id: string
  user_name: string | null
  action: string
  household_id: string | null
}

/** Newest first. */
export async function listAccessLog(
  db: Queryable,
  municipalityId: string,
  filter: { cursor?: string; limit?: number; householdId?: string },
): Promise<Page<AccessLogEntry>> {
  const limit = pageSize(filter.limit)
  const after = decodeCursor(filter.cursor, z.tuple([z.string().regex(/^\d{1,18}$/)]))
  const where = new SqlConditions().add('l.municipality_id = ?', municipalityId)
  where.addIf(filter.householdId, 'l.household_id = ?::uuid')
  if (after) where.add('l.id < ?::bigint', after[0])
  const rows = await db.query<LogRow>(
    `SELECT l.id, l.at, l.user_id, u.name AS user_name, l.action, l.household_id
     FROM access_log l LEFT JOIN users u ON u.id = l.user_id
     WHERE ${where.where} ORDER BY l.id DESC LIMIT ${where.param(limit + 1)}`,
    where.params,
  )
  return pageFrom(
    rows,
    limit,
    (row) => ({
      id: String(row.id),
      at: new Date(row.at).toISOString(),
      userId: row.user_id,
      userName: row.user_name,
      action: row.action,
      householdId: row.household_id,
    }),
    (row) => [String(row.id)],
  )
}
