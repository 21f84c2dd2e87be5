// How much of a decision (vedtak) is used and planned in its current period, e.g. 12 days a month.
// A stay counts in the period its start falls in, in the municipality's time zone; cancelled stays
// do not count; stays of other kinds than the decision names belong to another decision.
import type { Decision, Stay } from '../protocol/entities'
import { addDays, addMonths, daysBetween, firstOfMonth, localDateOf, mondayOf, type LocalDate } from './localDates'
import { isCancelled } from './stayState'

export interface Period {
  /** First day of the period. */
  from: LocalDate
  /** The day after the period's last day. */
  until: LocalDate
}

export interface QuotaUse {
  decision: Decision
  period: Period
  granted: number
  /** Stays that have begun. */
  used: number
  /** Stays still to come in the period. */
  planned: number
  /** What is left after used and planned; negative when more is planned than granted. */
  remaining: number
}

type CountedStay = Pick<Stay, 'recipientId' | 'kind' | 'start' | 'end' | 'status'>

/** The week (from Monday), month or year that `today` is in. */
export function periodContaining(period: Decision['period'], today: LocalDate): Period {
  if (period === 'week') {
    const from = mondayOf(today)
    return { from, until: addDays(from, 7) }
  }
  if (period === 'month') {
    const from = firstOfMonth(today)
    return { from, until: addMonths(from, 1) }
  }
  const from = `${today.slice(0, 4)}-01-01`
  return { from, until: addMonths(from, 12) }
}

/** Whether the decision holds on `day`: from its first valid day through its last, both included. */
export function isInForce(decision: Pick<Decision, 'validFrom' | 'validTo'>, today: LocalDate): boolean {
  return decision.validFrom <= today && (decision.validTo === null || today <= decision.validTo)
}

/**
 * What one stay takes from a decision. Days: the nights it spans (a weekend Friday to Sunday is 2),
 * and at least 1, so a day offer counts one day. Hours: real elapsed time. Stays: 1.
 */
export function stayAmount(stay: Pick<Stay, 'start' | 'end'>, unit: Decision['unit'], timeZone: string): number {
  const startMs = Date.parse(stay.start)
  const endMs = Date.parse(stay.end)
  if (unit === 'stays') return 1
  if (unit === 'hours') return Math.max(0, endMs - startMs) / 3600_000
  return Math.max(1, daysBetween(localDateOf(startMs, timeZone), localDateOf(endMs, timeZone)))
}

/** Whether a stay draws on this decision: same person, a kind it grants, not cancelled. */
export function countsAgainst(decision: Pick<Decision, 'recipientId' | 'kinds'>, stay: CountedStay): boolean {
  return stay.recipientId === decision.recipientId && decision.kinds.includes(stay.kind) && !isCancelled(stay)
}

/** The decision's use in one of its periods: stays begun by `nowMs` are used, later ones planned. */
export function useInPeriod(
  decision: Decision,
  period: Period,
  stays: readonly CountedStay[],
  nowMs: number,
  timeZone: string,
): QuotaUse {
  let used = 0
  let planned = 0
  for (const stay of stays) {
    if (!countsAgainst(decision, stay)) continue
    const startDay = localDateOf(Date.parse(stay.start), timeZone)
    const inPeriod = startDay >= period.from && startDay < period.until
    if (!inPeriod || !isInForce(decision, startDay)) continue
    const amount = stayAmount(stay, decision.unit, timeZone)
    if (Date.parse(stay.start) <= nowMs) used += amount
    else planned += amount
  }
  return { decision, period, granted: decision.amount, used, planned, remaining: decision.amount - used - planned }
}

/** The decision's use in the period containing now, or null when the decision is not in force now. */
export function quotaUse(
  decision: Decision,
  stays: readonly CountedStay[],
  nowMs: number,
  timeZone: string,
): QuotaUse | null {
  const today = localDateOf(nowMs, timeZone)
  if (!isInForce(decision, today)) return null
  return useInPeriod(decision, periodContaining(decision.period, today), stays, nowMs, timeZone)
}

/** The decision's use in each of its periods that overlap the days `from` to `to` (inclusive) while it is valid. */
export function usePerPeriod(
  decision: Decision,
  stays: readonly CountedStay[],
  range: { from: LocalDate; to: LocalDate },
  nowMs: number,
  timeZone: string,
): QuotaUse[] {
  const first = range.from > decision.validFrom ? range.from : decision.validFrom
  const last = decision.validTo !== null && decision.validTo < range.to ? decision.validTo : range.to
  const uses: QuotaUse[] = []
  for (let day = first; day <= last;) {
    const period = periodContaining(decision.period, day)
    uses.push(useInPeriod(decision, period, stays, nowMs, timeZone))
    day = period.until
  }
  return uses
}
