// Bokmål by default, Nynorsk and English; the choice is remembered on the device.
import type { App } from 'vue'
import { createI18n } from 'vue-i18n'
import { bokmaalFirstScreen, loadBokmaalLater, loadLocaleMessages } from './localeMessages'
import { rememberedLocale } from './locales'
import type { FlatMessages } from './messageParts'
import { DEFAULT_LOCALE, type Locale } from '../protocol/locale'

/** Bokmål (all of it, or the first screen's part), and `locale` with its messages when given. */
export function createAppI18n(locale: Locale = DEFAULT_LOCALE, localeMessages?: FlatMessages, bokmaal?: FlatMessages) {
  const messages: Partial<Record<Locale, FlatMessages>> = { nb: bokmaal ?? bokmaalFirstScreen }
  if (localeMessages) messages[locale] = localeMessages
  const start = messages[locale] ? locale : DEFAULT_LOCALE
  return createI18n({ legacy: false, locale: start, fallbackLocale: DEFAULT_LOCALE, messages })
}

export type AppI18n = ReturnType<typeof createAppI18n>

let appI18n: AppI18n | undefined
let laterMessages: Promise<void> | undefined

/** Starts in the remembered language, its texts loaded before the first paint. */
export async function installI18n(app: App, locale: Locale = rememberedLocale()): Promise<void> {
  // A language that cannot be fetched must not keep the app from starting: Bokmål is always there.
  const localeMessages = await loadLocaleMessages(locale).catch(() => undefined)
  appI18n = createAppI18n(locale, localeMessages)
  app.use(appI18n)
  document.documentElement.lang = appI18n.global.locale.value
}

/** Resolves once Bokmål's texts for the pages after the first screen are in (fetched once). */
export function laterMessagesLoaded(): Promise<void> {
  const i18n = appI18n
  if (!i18n) return Promise.resolve() // an app built without installI18n has every text already
  laterMessages ??= loadBokmaalLater().then(
    (messages) => i18n.global.mergeLocaleMessage(DEFAULT_LOCALE, messages),
    () => {
      laterMessages = undefined // offline before the service worker took over: try again on the next page
    },
  )
  return laterMessages
}
