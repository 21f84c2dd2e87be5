// The app's i18n with every text of every language at hand, as the tests mount screens directly.
import type { Locale } from '../../../src/protocol/locale'
import { allOf } from '../../../src/i18n/messageParts'
import { messages } from '../../../src/i18n/messages'
import { createAppI18n as createI18nWith } from '../../../src/i18n/installI18n'

export function createAppI18n(locale: Locale = 'nb') {
  return createI18nWith(locale, allOf(messages[locale]), allOf(messages.nb))
}
