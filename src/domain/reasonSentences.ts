// Why the municipality cancelled a stay or said no, as the family reads it in its language: one sentence
// per reason, for the app's inbox, the pushes with details and the older apps' Bokmål text. "Other" has
// none: the staff's own note says why.
import type { Locale } from '../protocol/locale'
import type { ReasonCode } from '../protocol/staffReasons'

export const reasonSentences: Record<Locale, Record<Exclude<ReasonCode, 'other'>, string>> = {
  nb: {
    staffShortage: 'Det er for lite personale på avlastningsstedet.',
    placeClosed: 'Avlastningsstedet er stengt da.',
    afterDeadline: 'Beskjeden kom etter endringsfristen.',
    noRoom: 'Det er ikke ledig plass på den tiden.',
    beyondDecision: 'Det er mer enn vedtaket gir.',
  },
  nn: {
    staffShortage: 'Det er for lite personale på avlastingsstaden.',
    placeClosed: 'Avlastingsstaden er stengd då.',
    afterDeadline: 'Beskjeden kom etter endringsfristen.',
    noRoom: 'Det er ikkje ledig plass på den tida.',
    beyondDecision: 'Det er meir enn vedtaket gir.',
  },
  en: {
    staffShortage: 'The respite place does not have enough staff.',
    placeClosed: 'The respite place is closed then.',
    afterDeadline: 'The message came after the change deadline.',
    noRoom: 'There is no room at that time.',
    beyondDecision: 'It is more than the decision grants.',
  },
}

/** The sentence for a reason in `locale`; null for none or "other". */
export function reasonSentence(reason: ReasonCode | null | undefined, locale: Locale): string | null {
  return reason && reason !== 'other' ? reasonSentences[locale][reason] : null
}
