// A message's title and body in the family's language, worded from its facts (which stay, whose, when,
// where) so two cancellations are told apart by date and child. Messages without facts (staff notices,
// or from before facts were sent) keep their stored text; the staff's own note is returned as written.
import { useI18n } from 'vue-i18n'
import { db } from '../db/database'
import { formatDayRange } from '../../domain/dayRanges'
import { formatDayAndTime } from '../../domain/norwegianDates'
import type { messageTextMessages } from '../../i18n/messages/messageText'
import type { Message, MessageFacts, Recipient } from '../../protocol'
import type { Locale } from '../../protocol/locale'
import { useLiveQuery } from '../tools/useLiveQuery'
import { useLocale } from '../../i18n/useLocale'

export interface MessageWording {
  title: string
  body: string
  /** The staff's own words, to show as written under the body; null when none. */
  note: string | null
}

type TitleKey = keyof typeof messageTextMessages.nb.messageText.title

function titleKeyOf(facts: MessageFacts): TitleKey {
  if (facts.kind === 'stayPlanned') return facts.reinstated ? 'stayReinstated' : 'stayPlanned'
  if (facts.kind === 'requestAnswered') return `${facts.request}${facts.accepted ? 'Accepted' : 'Declined'}`
  return facts.kind
}

export function useMessageWords() {
  const { t } = useI18n()
  const locale = useLocale()
  // Read here, not through useRecipients: sharing that module would split it into a chunk the first screen names.
  const { data: recipients } = useLiveQuery(() => db.recipients.toArray(), [] as Recipient[])

  function bodyOf(facts: MessageFacts, lang: Locale): string {
    const at = (instant: string) => formatDayAndTime(instant, lang)
    const span = { from: at(facts.start), to: at(facts.end), place: facts.placeName }
    const key = titleKeyOf(facts)
    if (facts.kind === 'stayChanged') {
      const sentences = [t('messageText.body.stayChanged', span)]
      if (facts.newStart !== facts.start || facts.newEnd !== facts.end)
        sentences.push(t('messageText.body.newTime', { from: at(facts.newStart), to: at(facts.newEnd) }))
      if (facts.placeChanged) sentences.push(t('messageText.body.newPlace', { place: facts.placeName }))
      if (facts.transportChanged) sentences.push(t('messageText.body.transport'))
      if (facts.detailsChanged) sentences.push(t('messageText.body.details'))
      return sentences.join(' ')
    }
    if (facts.kind === 'requestAnswered' && facts.newStart && facts.newEnd)
      return t(`messageText.body.${key}`, { ...span, newFrom: at(facts.newStart), newTo: at(facts.newEnd) })
    return t(`messageText.body.${key}`, span)
  }

  return (message: Message): MessageWording => {
    const facts = message.facts
    if (!facts) {
      // Older messages were worded in Bokmål on the server: elsewhere the kind's own name is the title.
      const title = locale.value === 'nb' || message.kind === 'notice' ? message.title : t(`inbox.kind.${message.kind}`)
      return { title, body: message.body, note: null }
    }
    const lang = locale.value
    const dates = formatDayRange(facts.start, facts.end, lang)
    const child = recipients.value.find((recipient) => recipient.id === facts.recipientId)?.name
    const stay = child ? t('messageText.subject', { dates, child }) : dates
    return { title: t(`messageText.title.${titleKeyOf(facts)}`, { stay }), body: bodyOf(facts, lang), note: facts.note }
  }
}
