// The municipality's stays in time order, filtered by days, child, place and state. "Change requested"
// is not stored: it is a stay, not cancelled, with a request the municipality has not answered.
import { z } from 'zod'
import { Id, Instant, type Page, type StaffStay, type StaffStayState, type Stay } from '../../../protocol'
import { addDays } from '../../../domain/localDates'
import type { StayState } from '../../../domain/stayState'
import { dayStart } from './norwegianDays'
import type { Queryable } from '../../storage/database'
import { SqlConditions } from '../../storage/sqlConditions'
import { overridesOf } from '../planning/planningOverrides'
import { decodeCursor, pageFrom, pageSize } from './pageCursor'

// The protocol's states are the domain's: a new state on one side fails to compile here.
const sameStates: [StaffStayState, StayState] extends [StayState, StaffStayState] ? true : never = true
void sameStates

export interface StayFilter {
  cursor?: string
  limit?: number
  from?: string
  to?: string
  recipientId?: string
  placeId?: string
  state?: StaffStayState
  /** The stored statuses to keep (the FHIR face's `booked` is planned or changed). */
  statuses?: readonly Stay['status'][]
}

const PENDING = `EXISTS (SELECT 1 FROM records c WHERE c.entity = 'changeRequest' AND NOT c.deleted
  AND c.data ->> 'stayId' = s.id AND c.household_id = s.household_id AND c.data ->> 'status' = 'pending')`

function stateCondition(state: StaffStayState): string {
  if (state === 'changeRequested') return `s.data ->> 'status' IN ('planned', 'changed') AND ${PENDING}`
  if (state === 'planned' || state === 'changed') return `s.data ->> 'status' = ? AND NOT ${PENDING}`
  return `s.data ->> 'status' = ?`
}

interface StayRow {
  household_id: string
  data: Stay
  pending: boolean
}

function stateOf(stay: Stay, pending: boolean): StaffStayState {
  const cancelled = stay.status === 'cancelledByFamily' || stay.status === 'cancelledByMunicipality'
  return !cancelled && pending ? 'changeRequested' : stay.status
}

export async function listStays(db: Queryable, municipalityId: string, filter: StayFilter): Promise<Page<StaffStay>> {
  const limit = pageSize(filter.limit)
  const after = decodeCursor(filter.cursor, z.tuple([Instant, Id]))
  const where = new SqlConditions().add(`s.entity = 'stay' AND NOT s.deleted AND s.municipality_id = ?`, municipalityId)
  if (filter.from !== undefined) where.add(`api_instant(s.data ->> 'end') > ?::timestamptz`, dayStart(filter.from))
  if (filter.to !== undefined)
    where.add(`api_instant(s.data ->> 'start') < ?::timestamptz`, dayStart(addDays(filter.to, 1)))
  where.addIf(filter.recipientId, `s.data ->> 'recipientId' = ?`)
  where.addIf(filter.placeId, `s.data ->> 'placeId' = ?`)
  if (filter.state === 'changeRequested') where.add(stateCondition(filter.state))
  else if (filter.state !== undefined) where.add(stateCondition(filter.state), filter.state)
  if (filter.statuses) where.add(`s.data ->> 'status' = ANY(?::text[])`, filter.statuses)
  if (after) where.add(`(api_instant(s.data ->> 'start'), s.id) > (?::timestamptz, ?)`, after[0], after[1])
  const rows = await db.query<StayRow>(
    `SELECT s.household_id, s.data, ${PENDING} AS pending FROM records s WHERE ${where.where}
     ORDER BY api_instant(s.data ->> 'start'), s.id LIMIT ${where.param(limit + 1)}`,
    where.params,
  )
  const page = pageFrom(
    rows,
    limit,
    (row): StaffStay => ({ ...row.data, householdId: row.household_id, state: stateOf(row.data, row.pending) }),
    (row) => [new Date(row.data.start).toISOString(), row.data.id],
  )
  const overrides = await overridesOf(
    db,
    municipalityId,
    page.items.map((stay) => stay.id),
  )
  return {
    ...page,
    items: page.items.map((stay) => {
      const accepted = overrides.get(stay.id)
      return accepted ? { ...stay, overrides: accepted } : stay
    }),
  }
}
