// What judging a plan reads: the child, the place and its capacity, the child's decisions, and the stays
// around the plan. Read from the database one plan at a time, or (a record system's Bundle of many plans)
// once for all of them and then kept in memory with the stays this write has planned so far.
import type { Decision, Place, Stay } from '../../../protocol'
import type { PlaceCapacity } from '../../../protocol/planning'
import { addDays, startOfLocalDate, type LocalDate } from '../../../domain/localDates'
import { NORWEGIAN_TIME_ZONE } from '../../../domain/zonedTime'
import type { Queryable } from '../../storage/database'
import { findRecord, findRecordsByIds, findRecordsWhere } from '../../storage/records'
import { capacitiesOf } from './placeCapacities'

export interface Span {
  from: LocalDate
  to: LocalDate
}

export type StayField = 'recipientId' | 'placeId'

export interface PlanningReads {
  /** The municipality's child (its household and name), or null. */
  child(recipientId: string): Promise<{ householdId: string | null; name: string } | null>
  place(placeId: string): Promise<Place | null>
  decisions(recipientId: string): Promise<Decision[]>
  capacity(placeId: string): Promise<PlaceCapacity | null>
  /** The stays whose `field` is `value` and that touch the days of `span`. */
  staysAround(field: StayField, value: string, span: Span): Promise<Stay[]>
  placeNames(placeIds: readonly string[]): Promise<Map<string, string>>
  /** Stays planned in this write that are written later, all at once: what follows is judged against them too. */
  planned(stays: readonly Stay[]): void
}

const dayStart = (date: LocalDate) => new Date(startOfLocalDate(date, NORWEGIAN_TIME_ZONE)).toISOString()

/** The instants a stay must end after and start before to touch the days of `span`. */
export function spanInstants(span: Span): { after: string; before: string } {
  return { after: dayStart(span.from), before: dayStart(addDays(span.to, 1)) }
}

/** The municipality's stays whose `field` is one of `values` and that touch the days of `span`. */
export async function staysTouching(
  db: Queryable,
  municipalityId: string,
  field: StayField,
  values: readonly string[],
  span: Span,
): Promise<Stay[]> {
  if (values.length === 0) return []
  const { after, before } = spanInstants(span)
  const rows = await db.query<{ data: Stay }>(
    `SELECT data FROM records WHERE entity = 'stay' AND NOT deleted AND municipality_id = $1
       AND data ->> '${field}' = ANY($2::text[]) AND api_instant(data ->> 'end') > $3::timestamptz
       AND api_instant(data ->> 'start') < $4::timestamptz`,
    [municipalityId, [...new Set(values)], after, before],
  )
  return rows.map((row) => row.data)
}

export async function namesOfPlaces(
  db: Queryable,
  municipalityId: string,
  placeIds: readonly string[],
): Promise<Map<string, string>> {
  const places = await findRecordsByIds(db, 'place', placeIds, { municipalityId })
  return new Map(places.map(({ data }) => [data.id, data.name]))
}

/** Each read a query of its own, within the write under way: what it wrote before is seen at once. */
export function databaseReads(tx: Queryable, municipalityId: string): PlanningReads {
  const scope = { municipalityId }
  return {
    async child(recipientId) {
      const found = await findRecord(tx, 'recipient', recipientId, scope)
      return found && { householdId: found.householdId, name: found.data.name }
    },
    place: async (placeId) => (await findRecord(tx, 'place', placeId, scope))?.data ?? null,
    decisions: async (recipientId) =>
      (await findRecordsWhere(tx, 'decision', scope, 'recipientId', recipientId)).map(({ data }) => data),
    capacity: async (placeId) => (await capacitiesOf(tx, municipalityId, [placeId])).get(placeId) ?? null,
    staysAround: (field, value, span) => staysTouching(tx, municipalityId, field, [value], span),
    placeNames: (placeIds) => namesOfPlaces(tx, municipalityId, placeIds),
    planned: () => undefined,
  }
}
