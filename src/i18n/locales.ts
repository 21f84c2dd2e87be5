// How the app's language is remembered on the device.
import { DEFAULT_LOCALE, isLocale, type Locale } from '../protocol/locale'

const STORAGE_KEY = 'pusterom.locale'

/** localStorage, not IndexedDB: the language must be known synchronously before the first paint. */
export function rememberedLocale(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Locale {
  const stored = storage?.getItem(STORAGE_KEY)
  return isLocale(stored) ? stored : DEFAULT_LOCALE
}

export function rememberLocale(
  locale: Locale,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  storage?.setItem(STORAGE_KEY, locale)
}
