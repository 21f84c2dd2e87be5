// The access log as staff review it (Normen): newest first, narrowed by household, staff member, action
// and days, a page at a time or all of it as CSV. Reading the log is not itself a read of a household.
import { z } from 'zod'
import type { AccessLogEntry, Page } from '../../../protocol'
import { addDays } from '../../../domain/localDates'
import type { Queryable } from '../../storage/database'
import { SqlConditions } from '../../storage/sqlConditions'
import { dayStart } from './norwegianDays'
import { decodeCursor, pageFrom, pageSize } from './pageCursor'

export interface AccessLogFilter {
  householdId?: string
  userId?: string
  action?: string
  from?: string
  to?: string
}

interface LogRow {
  id: string | number
  at: Date | string
  user_id: string
  user_name: string | null
  client_id: string | null
  action: string
  household_id: string | null
  record_id: string | null
}

const entryOf = (row: LogRow): AccessLogEntry => ({
  id: String(row.id),
  at: new Date(row.at).toISOString(),
  userId: row.user_id,
  userName: row.user_name,
  clientId: row.client_id,
  action: row.action,
  householdId: row.household_id,
  recordId: row.record_id,
})

function conditions(municipalityId: string, filter: AccessLogFilter): SqlConditions {
  const where = new SqlConditions().add('l.municipality_id = ?', municipalityId)
  where.addIf(filter.householdId, 'l.household_id = ?::uuid')
  where.addIf(filter.userId, 'l.user_id = ?::uuid')
  where.addIf(filter.action, 'l.action = ?')
  if (filter.from) where.add('l.at >= ?::timestamptz', dayStart(filter.from))
  if (filter.to) where.add('l.at < ?::timestamptz', dayStart(addDays(filter.to, 1)))
  return where
}

async function rows(db: Queryable, where: SqlConditions, limit: number): Promise<LogRow[]> {
  return db.query<LogRow>(
    `SELECT l.id, l.at, l.user_id, u.name AS user_name, l.client_id, l.action, l.household_id, l.record_id
     FROM access_log l LEFT JOIN users u ON u.id = l.user_id
     WHERE ${where.where} ORDER BY l.id DESC LIMIT ${where.param(limit)}`,
    where.params,
  )
}

/** Newest first, a page at a time. */
export async function listAccessLog(
  db: Queryable,
  municipalityId: string,
  filter: AccessLogFilter & { cursor?: string; limit?: number },
): Promise<Page<AccessLogEntry>> {
  const limit = pageSize(filter.limit)
  const after = decodeCursor(filter.cursor, z.tuple([z.string().regex(/^\d{1,18}$/)]))
  const where = conditions(municipalityId, filter)
  if (after) where.add('l.id < ?::bigint', after[0])
  return pageFrom(await rows(db, where, limit + 1), limit, entryOf, (row) => [String(row.id)])
}

/** The most rows one export holds; narrow the filters for more. */
export const EXPORT_ROWS = 100_000

/** A field as CSV holds it: quoted where it must be, and never read as a formula by a spreadsheet. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n;]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** Every entry the filters match, newest first, as CSV (UTF-8, comma-separated, a header row). */
export async function accessLogCsv(db: Queryable, municipalityId: string, filter: AccessLogFilter): Promise<string> {
  const entries = (await rows(db, conditions(municipalityId, filter), EXPORT_ROWS)).map(entryOf)
  // The machine client's column last, so the columns before it keep their places.
  const header = ['at', 'userId', 'userName', 'action', 'householdId', 'recordId', 'clientId']
  const lines = entries.map((entry) =>
    [
      entry.at,
      entry.userId,
      entry.userName ?? '',
      entry.action,
      entry.householdId ?? '',
      entry.recordId ?? '',
      entry.clientId ?? '',
    ]
      .map(csvField)
      .join(','),
  )
  return [header.join(','), ...lines].join('\r\n') + '\r\n'
}
