// Bokmål by default, Nynorsk and English; the choice is remembered on the device.
import type { App } from 'vue'
import { createI18n } from 'vue-i18n'
import { rememberedLocale } from '../i18n/locales'
import type { Locale } from '../protocol/locale'
import { messages } from '../i18n/messages'

export function createAppI18n(locale: Locale = rememberedLocale()) {
  return createI18n({ legacy: false, locale, fallbackLocale: 'nb', messages })
}

export type AppI18n = ReturnType<typeof createAppI18n>

export function installI18n(app: App, i18n: AppI18n = createAppI18n()): void {
  app.use(i18n)
  document.documentElement.lang = i18n.global.locale.value
}
