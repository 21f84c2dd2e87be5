// The municipality's places, the messages it has sent and the summer applications it has received.
import { z } from 'zod'
import {
  Id,
  Instant,
  ShortText,
  type Message,
  type Page,
  type Place,
  type StaffPlace,
  type StaffMessage,
  type StaffSummerApplication,
  type StayKind,
  type SummerApplication,
} from '../../../protocol'
import type { Queryable } from '../../storage/database'
import { SqlConditions } from '../../storage/sqlConditions'
import { capacitiesOf } from '../planning/placeCapacities'
import { decodeCursor, pageFrom, pageSize } from './pageCursor'

interface Paging {
  cursor?: string
  limit?: number
}

export async function listPlaces(
  db: Queryable,
  municipalityId: string,
  filter: Paging & { kind?: StayKind },
): Promise<Page<StaffPlace>> {
  const limit = pageSize(filter.limit)
  const after = decodeCursor(filter.cursor, z.tuple([ShortText, Id]))
  const where = new SqlConditions().add(
    `entity = 'place' AND NOT deleted AND household_id IS NULL AND municipality_id = ?`,
    municipalityId,
  )
  where.addIf(filter.kind, `data ->> 'kind' = ?`)
  if (after) where.add(`(data ->> 'name', id) > (?, ?)`, after[0], after[1])
  const rows = await db.query<{ data: Place }>(
    `SELECT data FROM records WHERE ${where.where} ORDER BY data ->> 'name', id LIMIT ${where.param(limit + 1)}`,
    where.params,
  )
  const page = pageFrom(
    rows,
    limit,
    (row) => row.data,
    (row) => [row.data.name, row.data.id],
  )
  const capacities = await capacitiesOf(
    db,
    municipalityId,
    page.items.map((place) => place.id),
  )
  return { ...page, items: page.items.map((place) => ({ ...place, capacity: capacities.get(place.id) ?? null })) }
}

/** Newest first. */
export async function listMessages(
  db: Queryable,
  municipalityId: string,
  filter: Paging & { householdId?: string; kind?: Message['kind'] },
): Promise<Page<StaffMessage>> {
  const limit = pageSize(filter.limit)
  const after = decodeCursor(filter.cursor, z.tuple([Instant, Id]))
  const where = new SqlConditions().add(`entity = 'message' AND NOT deleted AND municipality_id = ?`, municipalityId)
  where.addIf(filter.householdId, 'household_id = ?::uuid')
  where.addIf(filter.kind, `data ->> 'kind' = ?`)
  if (after) where.add(`(api_instant(data ->> 'createdAt'), id) < (?::timestamptz, ?)`, after[0], after[1])
  const rows = await db.query<{ household_id: string; data: Message }>(
    `SELECT household_id, data FROM records WHERE ${where.where}
     ORDER BY api_instant(data ->> 'createdAt') DESC, id DESC LIMIT ${where.param(limit + 1)}`,
    where.params,
  )
  return pageFrom(
    rows,
    limit,
    (row) => ({ ...row.data, householdId: row.household_id }),
    (row) => [new Date(row.data.createdAt).toISOString(), row.data.id],
  )
}

/** Newest first. */
export async function listSummerApplications(
  db: Queryable,
  municipalityId: string,
  filter: Paging & { year?: number; status?: SummerApplication['status']; householdId?: string },
): Promise<Page<StaffSummerApplication>> {
  const limit = pageSize(filter.limit)
  const after = decodeCursor(filter.cursor, z.tuple([Instant, Id]))
  const where = new SqlConditions().add(
    `a.entity = 'summerApplication' AND NOT a.deleted AND a.municipality_id = ?`,
    municipalityId,
  )
  where.addIf(filter.year, `(a.data ->> 'year')::int = ?::int`)
  where.addIf(filter.status, `a.data ->> 'status' = ?`)
  where.addIf(filter.householdId, 'a.household_id = ?::uuid')
  if (after) where.add(`(api_instant(a.data ->> 'submittedAt'), a.id) < (?::timestamptz, ?)`, after[0], after[1])
  const rows = await db.query<{ household_id: string; data: SummerApplication; recipient_name: string }>(
    `SELECT a.household_id, a.data, r.data ->> 'name' AS recipient_name FROM records a
     JOIN records r ON r.entity = 'recipient' AND NOT r.deleted AND r.id = a.data ->> 'recipientId'
       AND r.household_id = a.household_id
     WHERE ${where.where}
     ORDER BY api_instant(a.data ->> 'submittedAt') DESC, a.id DESC LIMIT ${where.param(limit + 1)}`,
    where.params,
  )
  return pageFrom(
    rows,
    limit,
    (row) => ({
      ...row.data,
      householdId: row.household_id,
      recipient: { id: row.data.recipientId, name: row.recipient_name },
    }),
    (row) => [new Date(row.data.submittedAt).toISOString(), row.data.id],
  )
}
