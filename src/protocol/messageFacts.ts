// What a message about a stay says, as facts the app words in the family's language (sync rule 10):
// which stay, whose, the times before and after, the place, and the staff's own note as written.
import { z } from 'zod'
import { Id, Instant, LongText, ShortText } from './primitives'

const stayFacts = {
  stayId: Id,
  recipientId: Id,
  /** The stay's times as the family knew them before this message: how they recognise it. */
  start: Instant,
  end: Instant,
  placeName: ShortText,
  /** The staff's own words, shown as written; null when they gave none. */
  note: LongText.nullable(),
}

export const MessageFacts = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stayPlanned'), ...stayFacts, reinstated: z.boolean() }),
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
export type MessageFacts = z.infer<typeof MessageFacts>
