// A message from the municipality worded from its facts in the reader's language (sync rule 10): one home for
// the family's inbox and stay history, the push with details and the console's list of what was sent. The
// staff's own note is returned as written, never translated.
import type { MessageFacts, StayMessageFacts } from '../../protocol/messageFacts'
import type { Locale } from '../../protocol/locale'
import { formatDayRange } from '../dayRanges'
import { formatDayAndTime } from '../norwegianDates'
import { reasonSentence } from '../reasonSentences'
import { deadlineRuleSentence, rulesChangedTitle, summerRespiteSentence } from './rulesWording'
import { stayMessageTexts, type StayMessageKey } from './stayMessageTexts'
import { formatStayTimes } from './stayTimes'

export interface MessageWording {
  title: string
  body: string
  /** The staff's own words, to show as written under the body; null when none. */
  note: string | null
}

function keyOf(facts: StayMessageFacts): StayMessageKey {
  if (facts.kind === 'stayPlanned') return facts.reinstated ? 'stayReinstated' : 'stayPlanned'
  if (facts.kind === 'requestAnswered') return `${facts.request}${facts.accepted ? 'Accepted' : 'Declined'}`
  return facts.kind
}

function newTimesOf(facts: StayMessageFacts, locale: Locale): string {
  if (facts.kind !== 'stayChanged' && facts.kind !== 'requestAnswered') return ''
  return facts.newStart && facts.newEnd ? formatStayTimes(facts.newStart, facts.newEnd, locale) : ''
}

function stayBody(facts: StayMessageFacts, locale: Locale): string {
  const texts = stayMessageTexts[locale]
  const newTimes = newTimesOf(facts, locale)
  const named = {
    times: formatStayTimes(facts.start, facts.end, locale),
    from: formatDayAndTime(facts.start, locale),
    place: facts.placeName,
    newTimes,
  }
  const sentences = [texts.body[keyOf(facts)](named)]
  if (facts.kind === 'stayChanged') {
    if (facts.newStart !== facts.start || facts.newEnd !== facts.end) sentences.push(texts.changed.newTime(newTimes))
    if (facts.placeChanged) sentences.push(texts.changed.newPlace(facts.placeName))
    if (facts.transportChanged) sentences.push(texts.changed.transport)
    if (facts.detailsChanged) sentences.push(texts.changed.details)
  }
  // Why the municipality cancelled or said no, where staff gave a reason: a fact, so in the reader's language.
  const why = reasonSentence(facts.reason, locale)
  if (why) sentences.push(why)
  return sentences.join(' ')
}

/** The title names the stay's days, and whose stay it is when the reader knows the child's name. */
export function wordMessage(facts: MessageFacts, locale: Locale, childName?: string | null): MessageWording {
  if (facts.kind === 'rulesChanged') {
    const sentences = [
      facts.changeDeadline !== undefined ? deadlineRuleSentence(facts.changeDeadline, locale) : null,
      facts.summerRespite !== undefined ? summerRespiteSentence(facts.summerRespite, locale) : null,
    ]
    return { title: rulesChangedTitle(locale), body: sentences.filter(Boolean).join(' '), note: null }
  }
  const texts = stayMessageTexts[locale]
  const days = formatDayRange(facts.start, facts.end, locale)
  const stay = childName ? texts.whose(days, childName) : days
  return { title: texts.title[keyOf(facts)](stay), body: stayBody(facts, locale), note: facts.note }
}

/** The heading over the staff's own words under a message. */
export function messageNoteHeading(locale: Locale): string {
  return stayMessageTexts[locale].note
}

/** The message as one text, the staff's note under its heading: for a push, which has no room for layout. */
export function wordMessageAsText(facts: MessageFacts, locale: Locale): { title: string; body: string } {
  const { title, body, note } = wordMessage(facts, locale)
  return { title, body: note ? `${body}\n\n${messageNoteHeading(locale)}: ${note}` : body }
}
