// When a household's service has ended, so that it is closed and its retention period runs. The one
// statement of the rule: the retention job in the database (household_service_end, migration 0030)
// applies the same, and test/server/retention/closingRuleAgrees.test.ts holds the two together.
import { addDays, startOfLocalDate } from './localDates'
import { NORWEGIAN_TIME_ZONE } from './zonedTime'

export interface ClosingDecision {
  /** The last day the decision is valid (Norwegian time); null: until further notice. */
  validTo: string | null
}

export interface ClosingStay {
  end: string
  status: string
}

const CANCELLED = new Set(['cancelledByFamily', 'cancelledByMunicipality'])

/**
 * The moment the household's service ended, or null while it has not: the later of the end of the last
 * day its last decision (vedtak) was valid and the end of its last stay not cancelled. Null when any
 * decision is valid until further notice, and when it has no decision at all (a household provisioned
 * before its first decision has not begun, so it is not closed).
 */
export function serviceEndedAt(
  decisions: readonly ClosingDecision[],
  stays: readonly ClosingStay[],
  timeZone = NORWEGIAN_TIME_ZONE,
): string | null {
  if (decisions.length === 0) return null
  let lastDay = ''
  for (const { validTo } of decisions) {
    if (validTo === null) return null
    if (validTo > lastDay) lastDay = validTo
  }
  let end = startOfLocalDate(addDays(lastDay, 1), timeZone)
  for (const stay of stays) if (!CANCELLED.has(stay.status)) end = Math.max(end, Date.parse(stay.end))
  return new Date(end).toISOString()
}

/** A household is closed once its service has ended: every decision over and no stay ahead or under way. */
export function isClosed(serviceEnd: string | null, now: number): boolean {
  return serviceEnd !== null && Date.parse(serviceEnd) <= now
}
