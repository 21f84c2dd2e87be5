// Which notifications a family is offered: those its municipality's record gives reason for. A municipality
// with no change deadline has nothing to remind of before one, and one with no summer respite no application.
import type { ChangeDeadlineRule, NotificationKind, SummerRespite } from '../protocol'

export interface MunicipalityRules {
  changeDeadline: ChangeDeadlineRule | null
  summerRespite: SummerRespite | null
}

const offeredWhen: Record<NotificationKind, (rules: MunicipalityRules) => boolean> = {
  stayChanges: () => true,
  requestAnswers: () => true,
  notices: () => true,
  deadlineReminders: (rules) => rules.changeDeadline !== null,
  packingReminders: () => true,
  summerReminders: (rules) => rules.summerRespite !== null,
}

/** The kinds to offer, in the order the settings list them. */
export function offeredNotificationKinds(rules: MunicipalityRules): NotificationKind[] {
  return (Object.keys(offeredWhen) as NotificationKind[]).filter((kind) => offeredWhen[kind](rules))
}

/** What the reminders can be about, as one key: the deadline and summer only where the municipality has them. */
export type ReminderTopics = 'deadlineSummer' | 'deadline' | 'summer' | 'packing'

export function reminderTopics(rules: MunicipalityRules): ReminderTopics {
  if (rules.changeDeadline && rules.summerRespite) return 'deadlineSummer'
  if (rules.changeDeadline) return 'deadline'
  return rules.summerRespite ? 'summer' : 'packing'
}
