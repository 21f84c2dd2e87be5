// When a household's reminders must next be looked at: the first moment after now at which one of
// its devices could have a reminder due. Between two such moments nothing can become due unless the
// data changes, and every change that could matters makes the household due at once (migration 0015).
import { changeDeadline } from '../../domain/deadline'
import type { PushPreferences } from '../../protocol/push'
import { REMINDER_HORIZON_MS, type HouseholdReminderData } from './dueReminders'
import { deadlineReminderAt, packingReminderAt, summerReminderAt } from './reminderTimes'

export function nextReminderLook(
  data: HouseholdReminderData,
  devices: ReadonlyArray<{ preferences: PushPreferences }>,
  now: string,
): string | null {
  const moments: string[] = []
  for (const { preferences } of devices) {
    const { kinds, deadlineLeadHours } = preferences
    for (const stay of data.stays) {
      if (stay.status === 'cancelledByFamily' || stay.status === 'cancelledByMunicipality') continue
      if (kinds.deadlineReminders && data.changeDeadline) {
        const deadline = changeDeadline(stay.stayStart, data.changeDeadline)
        moments.push(deadlineReminderAt(deadline, deadlineLeadHours, data.changeDeadline.timeZone))
      }
      // Ticks do not make a household due, so look whether or not everything is packed now.
      const packingAt = kinds.packingReminders ? packingReminderAt({ start: stay.stayStart, end: stay.stayEnd }) : null
      if (packingAt) moments.push(packingAt)
    }
    if (kinds.summerReminders && data.summerRespite && !data.appliedForSummer)
      moments.push(summerReminderAt(data.summerRespite.applicationDeadline))
  }
  // A stay beyond the horizon has no reminder before it comes within it.
  if (devices.length > 0 && data.laterStayStart)
    moments.push(new Date(Date.parse(data.laterStayStart) - REMINDER_HORIZON_MS).toISOString())
  const ahead = moments.filter((moment) => moment > now).sort()
  return ahead[0] ?? null
}
