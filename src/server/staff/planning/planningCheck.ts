// Judges a plan before it is written, with the domain's rule: reads the place and its capacity, the child's
// decisions and the stays around the plan, and refuses it with every collision unless staff accepted them.
import type { Decision, Place, Stay } from '../../../protocol'
import type { ConflictCode, PlanningOverride } from '../../../protocol/planning'
import { addDays, startOfLocalDate } from '../../../domain/localDates'
import { planningConflicts, planningSpan, unaccepted, type Plan } from '../../../domain/planningConflicts'
import { NORWEGIAN_TIME_ZONE } from '../../../domain/zonedTime'
import { notFound } from '../../errors/apiError'
import type { Queryable } from '../../storage/database'
import { findRecord, findRecordsWhere, type RecordWriter } from '../../storage/records'
import { capacitiesOf } from './placeCapacities'
import { PlanningRefused } from './planningRefused'

export interface PlanCheck {
  plan: Plan
  /** The stay being moved or reinstated: what the plan is judged against leaves it out. */
  stayId?: string
  override?: PlanningOverride
  /** The place and the child's name, when the caller has read them in this write already. */
  read?: { place: Place; childName: string }
}

/** The plan's place and child, as the caller read them or from the database; missing ones are 404. */
async function placeAndChild(tx: Queryable, municipalityId: string, check: PlanCheck) {
  if (check.read) return check.read
  const scope = { municipalityId }
  const place = await findRecord(tx, 'place', check.plan.placeId, scope)
  const recipient = place && (await findRecord(tx, 'recipient', check.plan.recipientId, scope))
  if (!place || !recipient) throw notFound()
  return { place: place.data, childName: recipient.data.name }
}

const dayStart = (date: string) => new Date(startOfLocalDate(date, NORWEGIAN_TIME_ZONE)).toISOString()

/** The municipality's stays whose `field` is `value` and that touch the days `from` to `to`. */
async function staysAround(
  db: Queryable,
  municipalityId: string,
  field: 'recipientId' | 'placeId',
  value: string,
  span: { from: string; to: string },
): Promise<Stay[]> {
  const rows = await db.query<{ data: Stay }>(
    `SELECT data FROM records WHERE entity = 'stay' AND NOT deleted AND municipality_id = $1
       AND data ->> '${field}' = $2 AND api_instant(data ->> 'end') > $3::timestamptz
       AND api_instant(data ->> 'start') < $4::timestamptz`,
    [municipalityId, value, dayStart(span.from), dayStart(addDays(span.to, 1))],
  )
  return rows.map((row) => row.data)
}

/**
 * The collisions the override accepted (to keep with the stay); throws `PlanningRefused` naming every
 * collision when any is left that it did not accept.
 */
export async function judgePlan(writer: RecordWriter, check: PlanCheck, nowMs: number): Promise<ConflictCode[]> {
  const { tx, municipalityId } = writer
  const { plan } = check
  const scope = { municipalityId }
  // One query after another: a transaction is one connection, which runs one query at a time anyway.
  const { place, childName } = await placeAndChild(tx, municipalityId, check)
  const decisions: Decision[] = (await findRecordsWhere(tx, 'decision', scope, 'recipientId', plan.recipientId)).map(
    (record) => record.data,
  )
  const span = planningSpan(plan, decisions, NORWEGIAN_TIME_ZONE)
  const notThisStay = (stay: Stay) => stay.id !== check.stayId
  const childStays = await staysAround(tx, municipalityId, 'recipientId', plan.recipientId, span)
  const capacity = (await capacitiesOf(tx, municipalityId, [plan.placeId])).get(plan.placeId) ?? null
  // Without a capacity the place is never full: its other stays do not matter.
  const placeStays = capacity ? await staysAround(tx, municipalityId, 'placeId', plan.placeId, span) : []
  const places = await placeNames(tx, municipalityId, [...new Set(childStays.map((stay) => stay.placeId))])
  const conflicts = planningConflicts(plan, {
    nowMs,
    timeZone: NORWEGIAN_TIME_ZONE,
    place: { ...place, capacity },
    childStays: childStays.filter(notThisStay).map((stay) => ({ ...stay, placeName: places.get(stay.placeId) ?? '' })),
    placeStays: placeStays.filter(notThisStay),
    decisions,
  })
  const left = unaccepted(conflicts, check.override?.accept)
  if (left.length > 0) throw new PlanningRefused(conflicts, left[0]!.code, { child: childName, place })
  return [...new Set(conflicts.map((conflict) => conflict.code))]
}

/** The names of the places the child's other stays are at (a collision names the place). */
async function placeNames(db: Queryable, municipalityId: string, placeIds: string[]): Promise<Map<string, string>> {
  if (placeIds.length === 0) return new Map()
  const rows = await db.query<{ data: Place }>(
    `SELECT data FROM records WHERE entity = 'place' AND NOT deleted AND municipality_id = $1 AND id = ANY($2::text[])`,
    [municipalityId, placeIds],
  )
  return new Map(rows.map((row) => [row.data.id, row.data.name]))
}
