// What a message from the municipality says, as facts the app words in the family's language (sync rule 10):
// which stay, whose, the times before and after, the place, and the staff's own note as written; or the
// rules the municipality has changed. The words are in src/domain/wording.
import { z } from 'zod'
import { ChangeDeadlineRule, SummerRespite } from './municipalityRules'
import { Id, Instant, LongText, ShortText } from './primitives'
import { ReasonCode } from './staffReasons'

const stayFacts = {
  stayId: Id,
  recipientId: Id,
  /** The stay's times as the family knew them before this message: how they recognise it. */
  start: Instant,
  end: Instant,
  placeName: ShortText,
  /** The staff's own words, shown as written; null when they gave none. */
  note: LongText.nullable(),
  /** Why, worded in the family's language; absent where staff gave no reason (and from older servers). */
  reason: ReasonCode.nullable().optional(),
}

/** With a series planned at once: every stay of it, the first being the stay the facts name. */
const SeriesStays = z.array(z.object({ stayId: Id, start: Instant, end: Instant })).min(2)

export const StayMessageFacts = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stayPlanned'), ...stayFacts, reinstated: z.boolean(), series: SeriesStays.optional() }),
  z.object({ kind: z.literal('stayCancelled'), ...stayFacts }),
  z.object({
    kind: z.literal('stayChanged'),
    ...stayFacts,
    newStart: Instant,
    newEnd: Instant,
    placeChanged: z.boolean(),
    transportChanged: z.boolean(),
    detailsChanged: z.boolean(),
  }),
  z.object({
    kind: z.literal('requestAnswered'),
    ...stayFacts,
    request: z.enum(['cancel', 'changeTime']),
    accepted: z.boolean(),
    newStart: Instant.nullable(),
    newEnd: Instant.nullable(),
  }),
])
export type StayMessageFacts = z.infer<typeof StayMessageFacts>

/** New rules for every household: what changed is present (null where the municipality no longer has it). */
export const RulesChangedFacts = z.object({
  kind: z.literal('rulesChanged'),
  changeDeadline: ChangeDeadlineRule.nullable().optional(),
  summerRespite: SummerRespite.nullable().optional(),
})
export type RulesChangedFacts = z.infer<typeof RulesChangedFacts>

export const MessageFacts = z.discriminatedUnion('kind', [...StayMessageFacts.options, RulesChangedFacts])
export type MessageFacts = z.infer<typeof MessageFacts>
