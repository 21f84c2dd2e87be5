// Whether planned stays go beyond what a decision (vedtak) grants: each period (week, month or year) the
// plan touches counts the stays already in that period plus the new ones, so a series that runs into
// later periods is judged against what those periods already hold, not against an empty period.
import type { Decision, StayKind } from '../protocol'
import { addDays, localDateOf, type LocalDate } from './localDates'
import { countsAgainst, isInForce, periodContaining, stayAmount, type Period } from './quota'
import type { PlannedTimes } from './staySeries'

/** A stay already on the plan, as far as counting it needs. */
export type ExistingStay = Parameters<typeof countsAgainst>[1]

export interface OverDecision {
  decision: Decision
  /** The first day of the period the plan goes beyond. */
  periodFrom: LocalDate
  /** What the decision grants each period. */
  granted: number
  /** What the stays already in that period take. */
  already: number
  /** What the new stays take in that period. */
  planned: number
}

type DecisionTerms = Pick<Decision, 'recipientId' | 'kinds' | 'amount' | 'unit' | 'period' | 'validFrom' | 'validTo'>

/** The decision's periods that hold the start of one of these stays (within its validity), by first day. */
function periodsOf(decision: DecisionTerms, stays: readonly ExistingStay[], timeZone: string) {
  const byPeriod = new Map<LocalDate, { period: Period; amount: number }>()
  for (const stay of stays) {
    if (!countsAgainst(decision, stay)) continue
    const day = localDateOf(Date.parse(stay.start), timeZone)
    if (!isInForce(decision, day)) continue
    const period = periodContaining(decision.period, day)
    const entry = byPeriod.get(period.from) ?? { period, amount: 0 }
    entry.amount += stayAmount(stay, decision.unit, timeZone)
    byPeriod.set(period.from, entry)
  }
  return byPeriod
}

const asPlanned = (times: readonly PlannedTimes[], recipientId: string, kind: StayKind): ExistingStay[] =>
  // Stryker disable next-line StringLiteral: only a cancelled status changes what a stay counts
  times.map((stay) => ({ ...stay, recipientId, kind, status: 'planned' }))

/**
 * The days (inclusive) from the first to the last day of every period the planned stays fall in, for each
 * decision: the stays to read before judging the plan. Null when no decision counts the plan.
 */
export function periodsSpanned(
  decisions: readonly DecisionTerms[],
  times: readonly PlannedTimes[],
  recipientId: string,
  kind: StayKind,
  timeZone: string,
): { from: LocalDate; to: LocalDate } | null {
  const periods = decisions.flatMap((decision) => [
    ...periodsOf(decision, asPlanned(times, recipientId, kind), timeZone).values(),
  ])
  if (periods.length === 0) return null
  const from = periods.map(({ period }) => period.from).sort()[0]!
  const until = periods
    .map(({ period }) => period.until)
    .sort()
    .at(-1)!
  return { from, to: addDays(until, -1) }
}

/** The new stays that no decision in force on their first day grants for this kind of stay. */
export function withoutDecision<T extends PlannedTimes>(
  decisions: readonly DecisionTerms[],
  times: readonly T[],
  recipientId: string,
  kind: StayKind,
  timeZone: string,
): T[] {
  const grants = (decision: DecisionTerms, day: LocalDate) =>
    decision.recipientId === recipientId && decision.kinds.includes(kind) && isInForce(decision, day)
  return times.filter((stay) => {
    const day = localDateOf(Date.parse(stay.start), timeZone)
    return !decisions.some((decision) => grants(decision, day))
  })
}

/** The periods where the new stays take more than the decision has left once the stays already there count. */
export function beyondDecisions<D extends Decision>(
  decisions: readonly D[],
  times: readonly PlannedTimes[],
  existing: readonly ExistingStay[],
  recipientId: string,
  kind: StayKind,
  timeZone: string,
): (OverDecision & { decision: D })[] {
  return decisions.flatMap((decision) => {
    const already = periodsOf(decision, existing, timeZone)
    return [...periodsOf(decision, asPlanned(times, recipientId, kind), timeZone)].flatMap(([from, { amount }]) => {
      const before = already.get(from)?.amount ?? 0
      return before + amount > decision.amount
        ? [{ decision, periodFrom: from, granted: decision.amount, already: before, planned: amount }]
        : []
    })
  })
}
