// Why the municipality cancelled a stay or said no: a fact the family's app words in the family's
// language, beside the staff's own note, which stays as written.
import { z } from 'zod'

export const ReasonCode = z.enum([
  'staffShortage', // not enough staff at the place
  'placeClosed', // the place is closed then
  'afterDeadline', // the family's request came after the change deadline
  'noRoom', // no room at the time asked for
  'beyondDecision', // more than the decision (vedtak) grants
  'other', // only the staff's note says why
])
export type ReasonCode = z.infer<typeof ReasonCode>

/** A cancellation or a refusal says why; "other" says it in the staff's own words. */
export function reasonGiven(answer: { reason?: ReasonCode | undefined; note?: string | undefined }): boolean {
  return answer.reason !== undefined && (answer.reason !== 'other' || (answer.note ?? '').trim() !== '')
}
