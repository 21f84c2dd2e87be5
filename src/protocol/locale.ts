// The languages of the app and of what the server words for a device: Bokmål (the default), Nynorsk, English.
// No zod here: the app reads this before its first paint, and the schemas load later.
export const LOCALES = ['nb', 'nn', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'nb'

export function isLocale(value: unknown): value is Locale {
  // Stryker disable next-line ConditionalExpression: a list of strings includes no other type; the check is there for the types
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}
