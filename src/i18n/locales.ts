// The app's languages and how a choice is remembered on the device.
export const LOCALES = ['nb', 'nn', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'nb'
/** The Intl locale used for dates and numbers in each UI language. */
export const intlLocaleOf: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' }

const STORAGE_KEY = 'pusterom.locale'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

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
