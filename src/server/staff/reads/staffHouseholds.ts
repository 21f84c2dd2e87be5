// The municipality's households with their caregivers and children, and one household in full: each
// child's decisions (vedtak) with this period's use by the same rule the family's app shows.
import { z } from 'zod'
import {
  DEFAULT_RETENTION_DAYS,
  Id,
  type Decision,
  type Page,
  type Recipient,
  type StaffHousehold,
  type StaffHouseholdDetail,
  type Stay,
} from '../../../protocol'
import { addMonths, firstOfMonth, localDateOf, addDays } from '../../../domain/localDates'
import { quotaUse, usePerPeriod, type QuotaUse } from '../../../domain/quota'
import { NORWEGIAN_TIME_ZONE } from '../../../domain/zonedTime'
import type { Queryable } from '../../storage/database'
import { SqlConditions } from '../../storage/sqlConditions'
import { decodeCursor, pageFrom, pageSize } from './pageCursor'

interface HouseholdRow {
  id: string
  created_at: Date | string
}

/** The caregivers and children of these households (of one municipality), looked up by household. */
export async function peopleOf(db: Queryable, municipalityId: string, householdIds: readonly string[]) {
  const caregivers = await db.query<{
    id: string
    name: string
    phone: string | null
    address: string | null
    household_id: string
  }>(
    'SELECT id, name, phone, address, household_id FROM users WHERE household_id = ANY($1::uuid[]) ORDER BY name, id',
    [householdIds],
  )
  const recipients = await db.query<{ household_id: string; data: Recipient }>(
    `SELECT household_id, data FROM records WHERE entity = 'recipient' AND NOT deleted
       AND municipality_id = $1 AND household_id = ANY($2::uuid[]) ORDER BY data ->> 'name', id`,
    [municipalityId, householdIds],
  )
  return {
    caregiversOf: (id: string) =>
      caregivers
        .filter((row) => row.household_id === id)
        .map(({ id, name, phone, address }) => ({ id, name, phone, address })),
    recipientsOf: (id: string) => recipients.filter((row) => row.household_id === id).map((row) => row.data),
  }
}

function withPeople(rows: readonly HouseholdRow[], people: Awaited<ReturnType<typeof peopleOf>>): StaffHousehold[] {
  return rows.map((row) => ({
    id: row.id,
    createdAt: new Date(row.created_at).toISOString(),
    caregivers: people.caregiversOf(row.id),
    recipients: people.recipientsOf(row.id),
  }))
}

export async function listHouseholds(
  db: Queryable,
  municipalityId: string,
  query: { cursor?: string; limit?: number; name?: string },
): Promise<Page<StaffHousehold>> {
  const limit = pageSize(query.limit)
  const after = decodeCursor(query.cursor, z.tuple([Id]))
  const where = new SqlConditions().add('h.municipality_id = ?', municipalityId)
  if (after) where.add('h.id > ?', after[0])
  if (query.name !== undefined)
    where.add(
      `(EXISTS (SELECT 1 FROM users u WHERE u.household_id = h.id AND strpos(lower(u.name), lower(?)) > 0)
        OR EXISTS (SELECT 1 FROM records r WHERE r.entity = 'recipient' AND NOT r.deleted AND r.household_id = h.id
                   AND strpos(lower(r.data ->> 'name'), lower(?)) > 0))`,
      query.name,
      query.name,
    )
  const rows = await db.query<HouseholdRow>(
    `SELECT h.id, h.created_at FROM households h WHERE ${where.where} ORDER BY h.id LIMIT ${where.param(limit + 1)}`,
    where.params,
  )
  const page = pageFrom(
    rows,
    limit,
    (row) => row,
    (row) => [row.id],
  )
  const people = await peopleOf(
    db,
    municipalityId,
    page.items.map((row) => row.id),
  )
  return { items: withPeople(page.items, people), nextCursor: page.nextCursor }
}

/** A decision's use in one period, as the console reads it. */
export function useView(use: QuotaUse) {
  const { period, granted, used, planned, remaining } = use
  return { periodFrom: period.from, periodUntil: period.until, granted, used, planned, remaining }
}

/** From the first of the month three months back to the last day six months ahead. */
function aroundNow(nowMs: number): { from: string; to: string } {
  const month = firstOfMonth(localDateOf(nowMs, NORWEGIAN_TIME_ZONE))
  return { from: addMonths(month, -3), to: addDays(addMonths(month, 7), -1) }
}

/** One household of the municipality, or null: another municipality's is as missing as one that never was. */
export async function householdDetail(
  db: Queryable,
  municipalityId: string,
  householdId: string,
  nowMs: number,
): Promise<StaffHouseholdDetail | null> {
  const rows = await db.query<HouseholdRow & { closed_at: Date | string | null; deletes_at: Date | string | null }>(
    `SELECT id, created_at, closed_at, household_deletion_due(closed_at, closed_seen_at,
       municipality_retention_days(municipality_id, $3)) AS deletes_at
     FROM households WHERE id = $1 AND municipality_id = $2`,
    [householdId, municipalityId, DEFAULT_RETENTION_DAYS],
  )
  const [row] = rows
  if (!row) return null
  const [household] = withPeople(rows, await peopleOf(db, municipalityId, [householdId]))
  if (!household) return null
  const records = await db.query<{ entity: 'decision' | 'stay'; data: unknown }>(
    `SELECT entity, data FROM records WHERE household_id = $1 AND municipality_id = $2
       AND entity IN ('decision', 'stay') AND NOT deleted ORDER BY seq`,
    [householdId, municipalityId],
  )
  const decisions = records.filter((row) => row.entity === 'decision').map((row) => row.data as Decision)
  const stays = records.filter((row) => row.entity === 'stay').map((row) => row.data as Stay)
  const { closed_at: closedAt, deletes_at: deletesAt } = row
  return {
    ...household,
    closed:
      closedAt && deletesAt
        ? { closedAt: new Date(closedAt).toISOString(), deletesAt: new Date(deletesAt).toISOString() }
        : null,
    recipients: household.recipients.map((recipient) => ({
      ...recipient,
      decisions: decisions
        .filter((decision) => decision.recipientId === recipient.id)
        .map((decision) => {
          const use = quotaUse(decision, stays, nowMs, NORWEGIAN_TIME_ZONE)
          const periods = usePerPeriod(decision, stays, aroundNow(nowMs), nowMs, NORWEGIAN_TIME_ZONE)
          return { ...decision, use: use && useView(use), periods: periods.map(useView) }
        }),
    })),
  }
}
