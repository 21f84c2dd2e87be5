// One language's texts: Bokmål's first-screen part ships with the first screen; the rest of Bokmål,
// Nynorsk and English are their own chunks, fetched when needed (and precached by the service worker,
// so they load offline too).
import bokmaalFirstScreen from './byLocale/nb'
import type { Locale } from '../protocol/locale'
import type { FlatMessages } from './messageParts'

export { bokmaalFirstScreen }

export async function loadBokmaalLater(): Promise<FlatMessages> {
  return (await import('./byLocale/nbLater')).default
}

const others: Record<Exclude<Locale, 'nb'>, () => Promise<{ default: FlatMessages }>> = {
  nn: () => import('./byLocale/nn'),
  en: () => import('./byLocale/en'),
}

/** The texts of `locale`; for Bokmål its first-screen part (the rest: `loadBokmaalLater`). */
export async function loadLocaleMessages(locale: Locale): Promise<FlatMessages> {
  return locale === 'nb' ? bokmaalFirstScreen : (await others[locale]()).default
}
