// A message's title and body in the family's language, worded from its facts (src/domain/wording) so two
// cancellations are told apart by date and child. Messages without facts (the staff's own notices, or from
// before facts were sent) keep their stored text; the staff's own note is returned as written.
import { useI18n } from 'vue-i18n'
import { db } from '../db/database'
import { wordMessage, type MessageWording } from '../../domain/wording/messageWording'
import type { Message, Recipient } from '../../protocol'
import { useLiveQuery } from '../tools/useLiveQuery'
import { useLocale } from '../../i18n/useLocale'

export type { MessageWording }

export function useMessageWords() {
  const { t } = useI18n()
  const locale = useLocale()
  // Read here, not through useRecipients: sharing that module would split it into a chunk the first screen names.
  const { data: recipients } = useLiveQuery(() => db.recipients.toArray(), [] as Recipient[])

  return (message: Message): MessageWording => {
    const facts = message.facts
    if (message.replyTo) {
      const title = message.sentBy
        ? t('familyMessages.answerTitle', { name: message.sentBy })
        : t('familyMessages.answerTitleOffice')
      return { title, body: message.body ?? '', note: null }
    }
    if (!facts) {
      // Older messages were worded in Bokmål on the server: elsewhere the kind's own name is the title.
      const ownTitle = locale.value === 'nb' || message.kind === 'notice' ? message.title : undefined
      return { title: ownTitle ?? t(`inbox.kind.${message.kind}`), body: message.body ?? '', note: null }
    }
    const child =
      facts.kind === 'rulesChanged' ? null : recipients.value.find(({ id }) => id === facts.recipientId)?.name
    return wordMessage(facts, locale.value, child)
  }
}
