// Planning several stays at once: a series at the same wall-clock times (Norwegian time, so a series keeps
// 16.00 across a daylight-saving change), and whether a plan goes beyond what a decision (vedtak) grants.
import type { Decision, StayKind } from '../protocol'
import { addDays, instantOfLocal, localDateOf, localTimeOf } from './localDates'
import { countsAgainst, periodContaining, stayAmount } from './quota'

export type Repeat = 'once' | 'weekly' | 'everyOtherWeek'
export interface PlannedTimes {
  start: string
  end: string
}

export function seriesOf(first: PlannedTimes, repeat: Repeat, count: number, timeZone: string): PlannedTimes[] {
  const times = repeat === 'once' ? 1 : Math.max(1, count)
  const step = repeat === 'everyOtherWeek' ? 14 : 7
  const at = (instant: string, shift: number) => {
    const ms = Date.parse(instant)
    return instantOfLocal(addDays(localDateOf(ms, timeZone), shift), localTimeOf(ms, timeZone), timeZone)
  }
  return Array.from({ length: times }, (_, index) => ({
    start: at(first.start, index * step),
    end: at(first.end, index * step),
  }))
}

/** A decision's use this period as the server reports it (see StaffHouseholdDetail). */
export interface DecisionWithUse extends Decision {
  use: { periodFrom: string; remaining: number } | null
}

export interface OverDecision {
  decision: Decision
  /** The first day of the period the plan goes beyond. */
  periodFrom: string
  planned: number
  available: number
}

/**
 * The periods where the planned stays take more than the decision has left: this period against what the
 * server says remains, a later period against the whole amount (its other stays are not counted here).
 */
export function beyondDecisions(
  decisions: readonly DecisionWithUse[],
  stays: readonly PlannedTimes[],
  recipientId: string,
  kind: StayKind,
  timeZone: string,
): OverDecision[] {
  const over: OverDecision[] = []
  for (const decision of decisions) {
    const byPeriod = new Map<string, number>()
    for (const stay of stays) {
      const counted = { ...stay, recipientId, kind, status: 'planned' as const }
      if (!countsAgainst(decision, counted)) continue
      const day = localDateOf(Date.parse(stay.start), timeZone)
      if (day < decision.validFrom || (decision.validTo !== null && day > decision.validTo)) continue
      const period = periodContaining(decision.period, day).from
      byPeriod.set(period, (byPeriod.get(period) ?? 0) + stayAmount(stay, decision.unit, timeZone))
    }
    for (const [periodFrom, planned] of byPeriod) {
      const available = decision.use?.periodFrom === periodFrom ? decision.use.remaining : decision.amount
      if (planned > available) over.push({ decision, periodFrom, planned, available })
    }
  }
  return over
}
