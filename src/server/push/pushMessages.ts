// Turns what happened (a message from the municipality, a due reminder) into the push one device gets,
// in its language and with only the details it chose to show on the lock screen.
import type { Message } from '../../protocol/entities'
import type { PushMessage, PushPreferences } from '../../protocol/push'
import { formatTime, formatDayLong } from '../../domain/norwegianDates'
import { clippedText } from '../../domain/clippedText'
import { wordMessageAsText } from '../../domain/wording/messageWording'
import { dayPhrase } from './notificationDates'
import { notificationTexts } from './notificationTexts'
import type { Locale } from '../../protocol/locale'

export interface Reader {
  locale: Locale
  preferences: PushPreferences
}

/** Stay news opens the stay; answers and notices open the message itself. */
function pageOf(message: Pick<Message, 'id' | 'kind' | 'stayId'>): string {
  const aboutStay = message.kind === 'stayChanged' || message.kind === 'stayCancelled' || message.kind === 'stayPlanned'
  return aboutStay && message.stayId ? `/stays/${message.stayId}` : `/messages/${message.id}`
}

export function pushForMessage(
  message: Message,
  reader: Reader,
  now: string,
  stayStart: string | null = null,
): PushMessage {
  const texts = notificationTexts[reader.locale].message[message.kind]
  const details = reader.preferences.showDetails
  // The message's own facts name the stay's day when the caller did not.
  const facts = message.facts
  const day = stayStart ?? (facts && facts.kind !== 'rulesChanged' ? facts.start : null)
  // With details, a message with facts is worded in the reader's language; a free notice keeps its own words.
  const detailed = facts ? wordMessageAsText(facts, reader.locale) : message
  return {
    v: 1,
    kind: message.kind,
    title: details ? clippedText(detailed.title ?? texts.title, 200) : texts.title,
    body: details
      ? clippedText(detailed.body || texts.body(null), 300)
      : texts.body(day ? formatDayLong(day, reader.locale) : null),
    url: pageOf(message),
    tag: message.stayId ? `stay-${message.stayId}` : `message-${message.id}`,
    stayId: message.stayId,
    messageId: message.id,
    sentAt: now,
    lang: reader.locale,
  }
}

export interface StayReminderFacts {
  stayId: string
  stayStart: string
  recipientName: string
  placeName: string | null
}

/** "Endringsfrist i morgen kl. 15.00 for oppholdet fredag", as read at `now`. */
export function deadlineSentence(deadline: string, stayStart: string, locale: Locale, now: string): string {
  return notificationTexts[locale].deadline(
    dayPhrase(deadline, now, locale),
    formatTime(deadline, locale),
    dayPhrase(stayStart, now, locale),
  )
}

export function pushForDeadline(
  facts: StayReminderFacts & { deadline: string },
  reader: Reader,
  now: string,
): PushMessage {
  const texts = notificationTexts[reader.locale]
  const who = reader.preferences.showDetails ? [facts.recipientName, facts.placeName].filter(Boolean).join(', ') : null
  return {
    v: 1,
    kind: 'deadlineReminder',
    title: deadlineSentence(facts.deadline, facts.stayStart, reader.locale, now),
    body: texts.deadlineBody(
      `${formatDayLong(facts.stayStart, reader.locale)} ${formatTime(facts.stayStart, reader.locale)}`,
      who,
    ),
    url: `/stays/${facts.stayId}`,
    tag: `stay-${facts.stayId}`,
    stayId: facts.stayId,
    messageId: null,
    sentAt: now,
    lang: reader.locale,
  }
}

export function pushForPacking(
  facts: StayReminderFacts & { unpacked: number },
  reader: Reader,
  now: string,
): PushMessage {
  const texts = notificationTexts[reader.locale]
  const who = reader.preferences.showDetails ? facts.recipientName : null
  return {
    v: 1,
    kind: 'packingReminder',
    title: texts.packingTitle(dayPhrase(facts.stayStart, now, reader.locale), who),
    body: texts.packingBody(facts.unpacked),
    url: `/stays/${facts.stayId}/packing`,
    tag: `packing-${facts.stayId}`,
    stayId: facts.stayId,
    messageId: null,
    sentAt: now,
    lang: reader.locale,
  }
}

export function pushForSummerDeadline(deadline: string, reader: Reader, now: string): PushMessage {
  const texts = notificationTexts[reader.locale]
  return {
    v: 1,
    kind: 'summerReminder',
    title: texts.summerTitle(dayPhrase(deadline, now, reader.locale)),
    body: texts.summerBody(formatDayLong(deadline, reader.locale), formatTime(deadline, reader.locale)),
    url: '/sommer',
    tag: 'summer-application',
    stayId: null,
    messageId: null,
    sentAt: now,
    lang: reader.locale,
  }
}
