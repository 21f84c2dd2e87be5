// A message as the family's app words it from the facts the server stored: what a test of the server
// reads to check what the family is told.
import { wordMessageAsText } from '../../../src/domain/wording/messageWording'
import type { Message } from '../../../src/protocol'
import type { Locale } from '../../../src/protocol/locale'

export function asTheFamilyReadsIt(message: Message | undefined, locale: Locale = 'nb'): string | undefined {
  if (!message?.facts) return message?.body
  return wordMessageAsText(message.facts, locale).body
}
