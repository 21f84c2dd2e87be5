// The notice every household of a municipality receives when its change deadline or summer respite changes:
// the new rules as facts, worded by each family's app (and push) in the family's language.
import type { ChangeDeadlineRule, SummerRespite } from '../../protocol'
import type { MessageDraft } from './stayNotices'

export function rulesChangedNotice(changes: {
  deadline?: ChangeDeadlineRule | null
  summer?: SummerRespite | null
}): MessageDraft {
  return {
    kind: 'notice',
    facts: {
      kind: 'rulesChanged',
      ...(changes.deadline !== undefined ? { changeDeadline: changes.deadline } : {}),
      ...(changes.summer !== undefined ? { summerRespite: changes.summer } : {}),
    },
  }
}
