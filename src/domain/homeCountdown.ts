// What the home screen counts down to: a stay's start (days, or the hour when it is today or tomorrow)
// and the summer application deadline when it is near.
import { calendarDaysUntil } from './deadlineStatus'

/** The summer deadline is shown this many calendar days ahead, and on its own day. */
export const SUMMER_NEAR_DAYS = 21

export type StayCountdown = { kind: 'underway' } | { kind: 'day'; days: number }

/** Underway, or calendar days to the start in `timeZone` (0 today, 1 tomorrow), never real-time 24-hour spans. */
export function stayCountdown(stay: { start: string }, nowMs: number, timeZone: string): StayCountdown {
  if (Date.parse(stay.start) <= nowMs) return { kind: 'underway' }
  return { kind: 'day', days: calendarDaysUntil(stay.start, nowMs, timeZone) }
}

/** Calendar days left to apply for summer respite, when within SUMMER_NEAR_DAYS; null otherwise. */
export function summerDaysLeft(
  applicationDeadline: string | undefined,
  nowMs: number,
  timeZone: string,
): number | null {
  if (!applicationDeadline || Date.parse(applicationDeadline) < nowMs) return null
  const days = calendarDaysUntil(applicationDeadline, nowMs, timeZone)
  return days <= SUMMER_NEAR_DAYS ? days : null
}
