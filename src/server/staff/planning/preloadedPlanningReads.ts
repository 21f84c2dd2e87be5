// A record system's Bundle plans hundreds of stays in one write: its children, places, capacities, decisions
// and the stays around every plan are read in a few queries at the start, and each plan is then judged in
// memory against them and against the plans of the Bundle before it (written all at once at the end).
import type { Decision, Stay, StayKind } from '../../../protocol'
import { planningSpan, plannedKind } from '../../../domain/planningConflicts'
import type { PlannedTimes } from '../../../domain/staySeries'
import { NORWEGIAN_TIME_ZONE } from '../../../domain/zonedTime'
import type { Queryable } from '../../storage/database'
import { findRecordsByIds, findRecordsWhereAny } from '../../storage/records'
import { capacitiesOf } from './placeCapacities'
import {
  namesOfPlaces,
  spanInstants,
  staysTouching,
  type PlanningReads,
  type Span,
  type StayField,
} from './planningReads'

/** A plan as the Bundle asks for it, before any check: what to read for it. */
export interface PlanToRead {
  recipientId: string
  placeId: string
  kind?: StayKind
  times: readonly PlannedTimes[]
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const group = groups.get(key(item))
    if (group) group.push(item)
    else groups.set(key(item), [item])
  }
  return groups
}

function unionOf(spans: readonly Span[]): Span | null {
  if (spans.length === 0) return null
  return {
    from: spans.map((span) => span.from).sort()[0]!,
    to: spans
      .map((span) => span.to)
      .sort()
      .at(-1)!,
  }
}

/** Whether a stay touches the days of `span`: what `staysTouching` asks the database. */
function touching(span: Span): (stay: Stay) => boolean {
  const { after, before } = spanInstants(span)
  const [afterMs, beforeMs] = [Date.parse(after), Date.parse(before)]
  return (stay) => Date.parse(stay.end) > afterMs && Date.parse(stay.start) < beforeMs
}

export async function preloadPlanningReads(
  tx: Queryable,
  municipalityId: string,
  plans: readonly PlanToRead[],
): Promise<PlanningReads> {
  const scope = { municipalityId }
  const childIds = [...new Set(plans.map((plan) => plan.recipientId))]
  const placeIds = [...new Set(plans.map((plan) => plan.placeId))]
  const children = new Map(
    (await findRecordsByIds(tx, 'recipient', childIds, scope)).map((child) => [child.data.id, child]),
  )
  const places = new Map((await findRecordsByIds(tx, 'place', placeIds, scope)).map(({ data }) => [data.id, data]))
  const decisionRecords = await findRecordsWhereAny(tx, 'decision', scope, 'recipientId', childIds)
  const decisions = groupBy<Decision>(
    decisionRecords.map(({ data }) => data),
    (decision) => decision.recipientId,
  )
  const capacities = await capacitiesOf(tx, municipalityId, placeIds)
  const span = unionOf(
    plans.flatMap((plan) => {
      const place = places.get(plan.placeId)
      if (!place || plan.times.length === 0) return []
      const judged = { ...plan, kind: plannedKind(plan.kind, place) }
      return [planningSpan(judged, decisions.get(plan.recipientId) ?? [], NORWEGIAN_TIME_ZONE)]
    }),
  )
  const fullPlaces = placeIds.filter((id) => capacities.has(id))
  const read = new Map<string, Stay>()
  if (span) {
    for (const stay of await staysTouching(tx, municipalityId, 'recipientId', childIds, span)) read.set(stay.id, stay)
    for (const stay of await staysTouching(tx, municipalityId, 'placeId', fullPlaces, span)) read.set(stay.id, stay)
  }
  const otherPlaces = [...new Set([...read.values()].map((stay) => stay.placeId))].filter((id) => !places.has(id))
  const names = new Map([...places.values()].map((place) => [place.id, place.name]))
  for (const [id, name] of await namesOfPlaces(tx, municipalityId, otherPlaces)) names.set(id, name)

  const loaded: Record<StayField, Set<string>> = { recipientId: new Set(childIds), placeId: new Set(fullPlaces) }
  const indexed: Record<StayField, Map<string, Stay[]>> = {
    recipientId: groupBy([...read.values()], (stay) => stay.recipientId),
    placeId: groupBy([...read.values()], (stay) => stay.placeId),
  }
  const planned: Stay[] = []
  return {
    async child(recipientId) {
      const found = children.get(recipientId)
      return found ? { householdId: found.householdId, name: found.data.name } : null
    },
    place: async (placeId) => places.get(placeId) ?? null,
    decisions: async (recipientId) => decisions.get(recipientId) ?? [],
    capacity: async (placeId) => capacities.get(placeId) ?? null,
    async staysAround(field, value, around) {
      const covered = span && loaded[field].has(value) && around.from >= span.from && around.to <= span.to
      // Not what was read at the start (no plan of the Bundle asks this): the database, and this write's plans.
      if (!covered) {
        const written = await staysTouching(tx, municipalityId, field, [value], around)
        const ofThisWrite = planned.filter((stay) => stay[field] === value)
        return [...written, ...ofThisWrite.filter(touching(around))]
      }
      return (indexed[field].get(value) ?? []).filter(touching(around))
    },
    async placeNames(ids) {
      const missing = ids.filter((id) => !names.has(id))
      for (const [id, name] of await namesOfPlaces(tx, municipalityId, missing)) names.set(id, name)
      return new Map(ids.flatMap((id) => (names.has(id) ? [[id, names.get(id)!] as const] : [])))
    },
    planned(stays) {
      for (const stay of stays) {
        planned.push(stay)
        for (const field of ['recipientId', 'placeId'] as const) {
          const group = indexed[field].get(stay[field])
          if (group) group.push(stay)
          else indexed[field].set(stay[field], [stay])
        }
      }
    },
  }
}
