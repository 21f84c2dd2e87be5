// Which reminders one device should have by now, worked out from the data alone, so a reminder
// missed while no server was running still goes out as long as it is of use (before the deadline,
// before the stay).
import { changeDeadline } from '../../domain/deadline'
import type { ChangeDeadlineRule, SummerRespite } from '../../protocol/entities'
import type { PushMessage, PushPreferences } from '../../protocol/push'
import { pushForDeadline, pushForPacking, pushForSummerDeadline, type StayReminderFacts } from '../push/pushMessages'
import type { Locale } from '../../protocol/locale'
import { deadlineReminderAt, packingReminderAt, summerReminderAt } from './reminderTimes'

export interface UpcomingStay extends StayReminderFacts {
  stayEnd: string
  status: 'planned' | 'changed' | 'cancelledByFamily' | 'cancelledByMunicipality'
  /** Items on the stay's packing list not ticked yet. */
  unpacked: number
}

export interface HouseholdReminderData {
  changeDeadline: ChangeDeadlineRule | null
  summerRespite: SummerRespite | null
  /** Whether the household has applied for the summer the municipality's dates are for. */
  appliedForSummer: boolean
  /** Stays that start after now, soon enough to be reminded of. */
  stays: UpcomingStay[]
  /** The start of the first stay too far ahead to be among `stays`, if any. */
  laterStayStart?: string | null
}

export interface DueReminder {
  /** Unique per device: the same key is never sent twice. */
  key: string
  push: PushMessage
  /** After this the reminder is of no use and is dropped, not sent late. */
  usefulUntil: string
}

const isCancelled = (stay: UpcomingStay) =>
  stay.status === 'cancelledByFamily' || stay.status === 'cancelledByMunicipality'
const within = (at: string, now: string, until: string) => at <= now && now < until

export function dueReminders(
  data: HouseholdReminderData,
  device: { locale: Locale; preferences: PushPreferences },
  now: string,
): DueReminder[] {
  const { kinds, deadlineLeadHours } = device.preferences
  const due: DueReminder[] = []
  for (const stay of data.stays) {
    if (isCancelled(stay) || stay.stayStart <= now) continue
    if (kinds.deadlineReminders && data.changeDeadline) {
      const deadline = changeDeadline(stay.stayStart, data.changeDeadline)
      if (within(deadlineReminderAt(deadline, deadlineLeadHours, data.changeDeadline.timeZone), now, deadline)) {
        due.push({
          key: `deadline:${stay.stayId}:${deadline}`,
          push: pushForDeadline({ ...stay, deadline }, device, now),
          usefulUntil: deadline,
        })
      }
    }
    const packingAt = packingReminderAt({ start: stay.stayStart, end: stay.stayEnd })
    if (kinds.packingReminders && stay.unpacked > 0 && packingAt && within(packingAt, now, stay.stayStart)) {
      due.push({
        key: `packing:${stay.stayId}:${stay.stayStart}`,
        push: pushForPacking(stay, device, now),
        usefulUntil: stay.stayStart,
      })
    }
  }
  const summer = data.summerRespite
  if (
    kinds.summerReminders &&
    summer &&
    !data.appliedForSummer &&
    within(summerReminderAt(summer.applicationDeadline), now, summer.applicationDeadline)
  ) {
    due.push({
      key: `summer:${summer.applicationDeadline}`,
      push: pushForSummerDeadline(summer.applicationDeadline, device, now),
      usefulUntil: summer.applicationDeadline,
    })
  }
  return due
}

/** How far ahead stays matter: the longest deadline rule (14 days) plus the longest lead (72 hours). */
export const REMINDER_HORIZON_MS = (14 + 4) * 24 * 3600_000
