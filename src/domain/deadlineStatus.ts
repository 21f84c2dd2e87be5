// Where a stay stands against the municipality's change deadline at a given moment, in the pieces
// a sentence needs: which day the deadline falls on, how long is left or since, and whether it is near.
import { changeDeadline, type ChangeDeadlineRule } from './deadline'
import { daysBetween, localDateOf } from './localDates'

/** Within this much of the deadline an unsent change is urgent: the family should call instead. */
export const DEADLINE_NEAR_MS = 3 * 3600_000

export type DeadlineStatus =
  /** The municipality has no rule: changes are agreed with the place. */
  | { kind: 'noRule' }
  /** Still on time; `msLeft` is 0 at the deadline's own moment, which still counts. */
  | { kind: 'open'; deadline: string; msLeft: number; near: boolean }
  | { kind: 'passed'; deadline: string; msAgo: number }

export function deadlineStatus(stayStart: string, rule: ChangeDeadlineRule | null, nowMs: number): DeadlineStatus {
  if (!rule) return { kind: 'noRule' }
  const deadline = changeDeadline(stayStart, rule)
  const msLeft = Date.parse(deadline) - nowMs
  if (msLeft < 0) return { kind: 'passed', deadline, msAgo: -msLeft }
  return { kind: 'open', deadline, msLeft, near: msLeft <= DEADLINE_NEAR_MS }
}

/** Without a rule the place decides when it is too late; a stay starting within this much is urgent. */
export const NO_RULE_NEAR_MS = 24 * 3600_000

export type UnsentUrgency = 'calm' | 'near' | 'passed'

/**
 * How pressing a request still on the phone is: the deadline has passed, it is near (or, without a
 * rule, the stay starts within a day) so the family should call or text the place, or there is time.
 */
export function unsentUrgency(status: DeadlineStatus, stayStart: string, nowMs: number): UnsentUrgency {
  if (status.kind === 'passed') return 'passed'
  if (status.kind === 'open') return status.near ? 'near' : 'calm'
  return Date.parse(stayStart) - nowMs < NO_RULE_NEAR_MS ? 'near' : 'calm'
}

/** Calendar days from now to the instant in `timeZone`: 0 today, 1 tomorrow, -1 yesterday. */
export function calendarDaysUntil(instant: string, nowMs: number, timeZone: string): number {
  return daysBetween(localDateOf(nowMs, timeZone), localDateOf(Date.parse(instant), timeZone))
}

export type TimeSpan = { unit: 'underAMinute' } | { unit: 'minute' | 'hour' | 'day'; value: number }

/**
 * A duration as people say it, rounded down so a deadline never sounds further away than it is:
 * 1 h 59 min is "1 hour". Real elapsed time, so a summer-time night is 23 or 25 hours long.
 */
export function timeSpan(ms: number): TimeSpan {
  const minutes = Math.floor(Math.abs(ms) / 60_000)
  if (minutes < 1) return { unit: 'underAMinute' }
  if (minutes < 60) return { unit: 'minute', value: minutes }
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return { unit: 'hour', value: hours }
  return { unit: 'day', value: Math.floor(hours / 24) }
}
