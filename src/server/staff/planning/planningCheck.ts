// Judges a plan before it is written, with the domain's rule: reads the place and its capacity, the child's
// decisions and the stays around the plan, and refuses it with every collision unless staff accepted them.
import type { Place, Stay } from '../../../protocol'
import type { ConflictCode, PlanningOverride } from '../../../protocol/planning'
import { planningConflicts, planningSpan, unaccepted, type Plan } from '../../../domain/planningConflicts'
import { NORWEGIAN_TIME_ZONE } from '../../../domain/zonedTime'
import { notFound } from '../../errors/apiError'
import type { RecordWriter } from '../../storage/records'
import { databaseReads, type PlanningReads } from './planningReads'
import { PlanningRefused } from './planningRefused'

export interface PlanCheck {
  plan: Plan
  /** The stay being moved or reinstated: what the plan is judged against leaves it out. */
  stayId?: string
  override?: PlanningOverride
  /** The place and the child's name, when the caller has read them in this write already. */
  read?: { place: Place; childName: string }
}

/** The plan's place and child, as the caller read them or from the reads; missing ones are 404. */
async function placeAndChild(reads: PlanningReads, check: PlanCheck) {
  if (check.read) return check.read
  const place = await reads.place(check.plan.placeId)
  const child = place && (await reads.child(check.plan.recipientId))
  if (!place || !child) throw notFound()
  return { place, childName: child.name }
}

/**
 * The collisions the override accepted (to keep with the stay); throws `PlanningRefused` naming every
 * collision when any is left that it did not accept.
 */
export async function judgePlan(
  writer: RecordWriter,
  check: PlanCheck,
  nowMs: number,
  reads: PlanningReads = databaseReads(writer.tx, writer.municipalityId),
): Promise<ConflictCode[]> {
  const { plan } = check
  // One read after another: a transaction is one connection, which runs one query at a time anyway.
  const { place, childName } = await placeAndChild(reads, check)
  const decisions = await reads.decisions(plan.recipientId)
  const span = planningSpan(plan, decisions, NORWEGIAN_TIME_ZONE)
  const notThisStay = (stay: Stay) => stay.id !== check.stayId
  const childStays = await reads.staysAround('recipientId', plan.recipientId, span)
  const capacity = await reads.capacity(plan.placeId)
  // Without a capacity the place is never full: its other stays do not matter.
  const placeStays = capacity ? await reads.staysAround('placeId', plan.placeId, span) : []
  const places = await reads.placeNames([...new Set(childStays.map((stay) => stay.placeId))])
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
