// The app's i18n with every text of every language at hand, as the tests mount screens directly. A text
// asked for that no language has is noted, and the setup fails the test: no screen may show a message key.
// (A language still loading falls back to Bokmål, which has every text; that is not a key on screen.)
import type { Locale } from '../../../src/protocol/locale'
import { allOf } from '../../../src/i18n/messageParts'
import { messages } from '../../../src/i18n/messages'
import { createAppI18n as createI18nWith } from '../../../src/i18n/installI18n'

/** "nn: changeRequest.pending" for each text a test's screens asked for and that Bokmål does not have. */
export const missingMessages: string[] = []

export function createAppI18n(locale: Locale = 'nb') {
  const bokmaal = allOf(messages.nb)
  const i18n = createI18nWith(locale, allOf(messages[locale]), bokmaal)
  i18n.global.setMissingHandler((language, key) => {
    if (!(key in bokmaal)) missingMessages.push(`${language}: ${key}`)
  })
  return i18n
}
