// When each reminder is due, as wall-clock times in the municipality's zone, so summer time never
// moves a reminder by an hour. Used by the push reminders and the calendar feed's alarms alike.
import { packingReminderRule } from '../../domain/stayDuration'
import { NORWEGIAN_TIME_ZONE, zonedParts, zonedTimeToInstant } from '../../domain/zonedTime'

/** The default change-deadline reminder: the morning of the deadline day. */
export const DEADLINE_MORNING = { hour: 8, minute: 0 }
/** The evening before, for a deadline reminder that cannot come in the morning. */
export const PACKING_EVENING = { hour: 19, minute: 0 }
/** The summer-respite reminder: a week before the application deadline, in the morning. */
export const SUMMER_DAYS_BEFORE = 7
export const SUMMER_MORNING = { hour: 9, minute: 0 }

const HOUR = 3600_000

/** The instant of `time` on the local day `days` days from the day of `instant`. */
export function wallClockOnDay(
  instant: string,
  days: number,
  time: { hour: number; minute: number },
  timeZone = NORWEGIAN_TIME_ZONE,
): string {
  const day = zonedParts(Date.parse(instant), timeZone)
  // Date.UTC normalises day overflow, so this is calendar arithmetic across months and years.
  const target = new Date(Date.UTC(day.year, day.month - 1, day.day + days))
  const at = zonedTimeToInstant(
    { year: target.getUTCFullYear(), month: target.getUTCMonth() + 1, day: target.getUTCDate(), ...time },
    timeZone,
  )
  return new Date(at).toISOString()
}

/**
 * When to remind of a change deadline: `leadHours` before it, or by default at 08:00 on its day;
 * a deadline at or before 08:00 is reminded of at 19:00 the evening before instead.
 */
export function deadlineReminderAt(deadline: string, leadHours: number | null, timeZone = NORWEGIAN_TIME_ZONE): string {
  if (leadHours !== null) return new Date(Date.parse(deadline) - leadHours * HOUR).toISOString()
  const morning = wallClockOnDay(deadline, 0, DEADLINE_MORNING, timeZone)
  return morning < deadline ? morning : wallClockOnDay(deadline, -1, PACKING_EVENING, timeZone)
}

/** When to remind of packing, by the domain's rule for day and overnight stays; null: no reminder. */
export function packingReminderAt(stay: { start: string; end: string }, timeZone = NORWEGIAN_TIME_ZONE): string | null {
  const rule = packingReminderRule(stay, timeZone)
  return rule ? wallClockOnDay(stay.start, -rule.daysBefore, rule, timeZone) : null
}

export function summerReminderAt(applicationDeadline: string, timeZone = NORWEGIAN_TIME_ZONE): string {
  return wallClockOnDay(applicationDeadline, -SUMMER_DAYS_BEFORE, SUMMER_MORNING, timeZone)
}
