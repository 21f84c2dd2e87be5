// Whether the family's "not needed" is a notice to acknowledge or a request to decide. Where the
// municipality has a change deadline (Lunner: "give notice by 15.00 the day before when respite is not
// needed") the family tells the municipality, and staff only confirm they got it; without a rule staff decide.
import type { ChangeDeadlineRule, ChangeRequest } from '../protocol'

export function cancellationIsNotice(rule: ChangeDeadlineRule | null): boolean {
  return rule !== null
}

export type RequestAnswerMode = 'acknowledge' | 'decide'

export function answerModeOf(request: Pick<ChangeRequest, 'type'>, rule: ChangeDeadlineRule | null): RequestAnswerMode {
  return request.type === 'cancel' && cancellationIsNotice(rule) ? 'acknowledge' : 'decide'
}
