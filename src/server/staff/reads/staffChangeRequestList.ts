// The families' change requests with the stay and child they concern, the nearest stay first: what the
// console shows to answer them (the family's message, when the server received it, on time or late).
import { z } from 'zod'
import {
  Id,
  Instant,
  type ChangeRequest,
  type Page,
  type StaffChangeRequest,
  type StaffHand,
  type Stay,
} from '../../../protocol'
import type { Queryable } from '../../storage/database'
import { SqlConditions } from '../../storage/sqlConditions'
import { householdNameOf } from './householdName'
import { decodeCursor, pageFrom, pageSize } from './pageCursor'

interface RequestRow {
  household_id: string
  request: ChangeRequest
  stay: Stay
  recipient_id: string
  recipient_name: string
  claimed_by: string | null
  claimed_by_name: string | null
  claimed_at: Date | string | null
  answered_by: string | null
  answered_by_name: string | null
  answered_at: Date | string | null
  household_name: string | null
}

function hand(userId: string | null, name: string | null, at: Date | string | null): StaffHand | null {
  return userId && at ? { userId, name, at: new Date(at).toISOString() } : null
}

export async function listChangeRequests(
  db: Queryable,
  municipalityId: string,
  filter: { cursor?: string; limit?: number; state?: ChangeRequest['status'] | 'answered'; householdId?: string },
): Promise<Page<StaffChangeRequest>> {
  const limit = pageSize(filter.limit)
  const after = decodeCursor(filter.cursor, z.tuple([Instant, Id]))
  const where = new SqlConditions().add(
    `c.entity = 'changeRequest' AND NOT c.deleted AND c.municipality_id = ?`,
    municipalityId,
  )
  if (filter.state === 'answered') where.add(`c.data ->> 'status' IN ('accepted', 'declined')`)
  else where.addIf(filter.state, `c.data ->> 'status' = ?`)
  where.addIf(filter.householdId, 'c.household_id = ?::uuid')
  if (after) where.add(`(api_instant(s.data ->> 'start'), c.id) > (?::timestamptz, ?)`, after[0], after[1])
  const rows = await db.query<RequestRow>(
    `SELECT c.household_id, c.data AS request, s.data AS stay, r.id AS recipient_id, r.data ->> 'name' AS recipient_name,
       h.claimed_by, cu.name AS claimed_by_name, h.claimed_at, h.answered_by, au.name AS answered_by_name, h.answered_at,
       ${householdNameOf('c.household_id')} AS household_name
     FROM records c
     JOIN records s ON s.entity = 'stay' AND s.id = c.data ->> 'stayId' AND s.household_id = c.household_id
       AND NOT s.deleted
     JOIN records r ON r.entity = 'recipient' AND r.id = s.data ->> 'recipientId' AND r.household_id = c.household_id
       AND NOT r.deleted
     LEFT JOIN change_request_handling h ON h.change_request_id = c.id
     LEFT JOIN users cu ON cu.id = h.claimed_by
     LEFT JOIN users au ON au.id = h.answered_by
     WHERE ${where.where}
     ORDER BY api_instant(s.data ->> 'start'), c.id LIMIT ${where.param(limit + 1)}`,
    where.params,
  )
  return pageFrom(
    rows,
    limit,
    (row) => ({
      ...row.request,
      householdId: row.household_id,
      stay: row.stay,
      recipient: { id: row.recipient_id, name: row.recipient_name },
      claimedBy: row.request.status === 'pending' ? hand(row.claimed_by, row.claimed_by_name, row.claimed_at) : null,
      answeredBy: hand(row.answered_by, row.answered_by_name, row.answered_at),
      householdName: row.household_name ?? '',
    }),
    (row) => [new Date(row.stay.start).toISOString(), row.request.id],
  )
}
