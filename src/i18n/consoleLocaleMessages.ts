// The staff console's texts per language, each its own chunk: only the console imports this module,
// so the family's pages never fetch them.
import type { Locale } from '../protocol/locale'
import type { FlatMessages } from './messageParts'

const consoleTexts: Record<Locale, () => Promise<{ default: FlatMessages }>> = {
  nb: () => import('./byLocale/consoleNb'),
  nn: () => import('./byLocale/consoleNn'),
  en: () => import('./byLocale/consoleEn'),
}

export async function loadConsoleMessages(locale: Locale): Promise<FlatMessages> {
  return (await consoleTexts[locale]()).default
}
