// Whether a plan (one stay or a series, new, moved or reinstated) is safe: not in the past, the kind of
// stay the place offers, the child in no other place at the time, the place open and not full, and
// within the child's decisions. The server refuses a plan with any of these unless staff override them
// with a reason; the console shows the same collisions before it sends.
import type { Decision, Place, Stay, StayKind } from '../protocol/entities'
import type { PlaceCapacity, PlanningConflict } from '../protocol/planning'
import { addDays, localDateOf, type LocalDate } from './localDates'
import { beyondDecisions, periodsSpanned, withoutDecision, type ExistingStay } from './planBeyondDecision'
import { closedDaysOf, daysTaken, fullDaysOf } from './placeCapacity'
import { isCancelled } from './stayState'
import type { PlannedTimes } from './staySeries'

export interface Plan {
  recipientId: string
  placeId: string
  kind: StayKind
  times: readonly PlannedTimes[]
  /** A stay being moved: its times before, so a stay under way may get a new end without being "in the past". */
  before?: PlannedTimes
}

/** A new plan's kind of stay: the one staff chose, or else the place's own. */
export const plannedKind = (chosen: StayKind | undefined, place: Pick<Place, 'kind'>): StayKind => chosen ?? place.kind

/** Another stay of the child, with the name of its place. */
export type ChildStay = Pick<Stay, 'id' | 'recipientId' | 'placeId' | 'kind' | 'start' | 'end' | 'status'> & {
  placeName: string
}

export interface PlanningContext {
  nowMs: number
  timeZone: string
  place: Pick<Place, 'id' | 'kind'> & { capacity: PlaceCapacity | null }
  /** The child's stays around the plan, any place, without the stay being changed. */
  childStays: readonly ChildStay[]
  /** The place's stays around the plan, without the stay being changed. */
  placeStays: readonly Pick<Stay, 'id' | 'start' | 'end' | 'status'>[]
  /** The child's decisions, with the stays of every period the plan touches among `childStays`. */
  decisions: readonly Decision[]
}

/**
 * The days (inclusive) whose stays a judge of this plan needs: the plan's own days with a day each side, and
 * every period of the child's decisions it touches.
 */
export function planningSpan(
  plan: Pick<Plan, 'recipientId' | 'kind' | 'times'>,
  decisions: readonly Decision[],
  timeZone: string,
): { from: LocalDate; to: LocalDate } {
  const days = plan.times.flatMap(({ start, end }) => [start, end]).map((at) => localDateOf(Date.parse(at), timeZone))
  const periods = periodsSpanned(decisions, plan.times, plan.recipientId, plan.kind, timeZone)
  const from = [addDays(days.sort()[0]!, -1), ...(periods ? [periods.from] : [])].sort()[0]!
  const to = [addDays(days.at(-1)!, 1), ...(periods ? [periods.to] : [])].sort().at(-1)!
  return { from, to }
}

const overlaps = (a: PlannedTimes, b: PlannedTimes) =>
  Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end)

function isPast(times: PlannedTimes, before: PlannedTimes | undefined, nowMs: number): boolean {
  const startMoved = times.start !== before?.start
  const endMoved = times.end !== before?.end
  return (startMoved && Date.parse(times.start) < nowMs) || (endMoved && Date.parse(times.end) < nowMs)
}

function placeConflicts(plan: Plan, context: PlanningContext): PlanningConflict[] {
  const capacity = context.place.capacity
  if (!capacity) return []
  const { timeZone } = context
  const full = new Set(fullDaysOf(capacity, context.placeStays, plan.times, timeZone))
  return plan.times.flatMap((times): PlanningConflict[] => {
    const closed = closedDaysOf(capacity, [times], timeZone)
    const fullDays = daysTaken(times, capacity.unit, timeZone).filter((day) => full.has(day) && !closed.includes(day))
    return [
      ...(closed.length > 0 ? [{ code: 'place_closed' as const, start: times.start, days: closed }] : []),
      ...(fullDays.length > 0
        ? [
            {
              code: 'place_full' as const,
              start: times.start,
              days: fullDays,
              unit: capacity.unit,
              size: capacity.size,
            },
          ]
        : []),
    ]
  })
}

function decisionConflicts(plan: Plan, context: PlanningContext): PlanningConflict[] {
  const { timeZone, decisions } = context
  const uncovered = withoutDecision(decisions, plan.times, plan.recipientId, plan.kind, timeZone).map(
    (times): PlanningConflict => ({ code: 'no_decision', start: times.start, kind: plan.kind }),
  )
  const existing: readonly ExistingStay[] = context.childStays
  const over = beyondDecisions(decisions, plan.times, existing, plan.recipientId, plan.kind, timeZone).map(
    (item): PlanningConflict => ({
      code: 'beyond_decision',
      start:
        plan.times.find((times) => localDateOf(Date.parse(times.start), timeZone) >= item.periodFrom)?.start ??
        plan.times[0]!.start,
      decisionId: item.decision.id,
      unit: item.decision.unit,
      period: item.decision.period,
      periodFrom: item.periodFrom,
      granted: item.granted,
      already: item.already,
      planned: item.planned,
    }),
  )
  return [...uncovered, ...over]
}

/** Every collision of the plan, in the order staff should read them; empty when the plan is safe. */
export function planningConflicts(plan: Plan, context: PlanningContext): PlanningConflict[] {
  const first = plan.times[0]
  if (!first) return []
  const past = plan.times
    .filter((times) => isPast(times, plan.before, context.nowMs))
    .map((times): PlanningConflict => ({ code: 'past_date', start: times.start }))
  const kind: PlanningConflict[] =
    plan.kind === context.place.kind
      ? []
      : [{ code: 'kind_mismatch', start: first.start, kind: plan.kind, placeKind: context.place.kind }]
  const others = context.childStays.filter((stay) => stay.recipientId === plan.recipientId && !isCancelled(stay))
  const doubleBooked = plan.times.flatMap((times) =>
    others
      .filter((other) => overlaps(times, other))
      .map((other): PlanningConflict => ({
        code: 'double_booked',
        start: times.start,
        other: { stayId: other.id, placeId: other.placeId, placeName: other.placeName, ...pick(other) },
      })),
  )
  return [...past, ...kind, ...doubleBooked, ...placeConflicts(plan, context), ...decisionConflicts(plan, context)]
}

const pick = ({ start, end }: PlannedTimes): PlannedTimes => ({ start, end })

/** The collisions an override does not cover. */
export function unaccepted(
  conflicts: readonly PlanningConflict[],
  accept: readonly PlanningConflict['code'][] = [],
): PlanningConflict[] {
  return conflicts.filter((conflict) => !accept.includes(conflict.code))
}
