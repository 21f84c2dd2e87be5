// Numbers and lists as the app's language writes them ("1,5", "10 000", "Noah og Maja"), with the app's own
// separators and words, whatever the browser's language.
import type { Locale } from '../protocol/locale'

/** "1,5" in Norwegian, "1.5" in English, grouped by thousands ("1 234", "1,234"); at most `fractionDigits` decimals. */
export function formatDecimal(value: number, locale: Locale, fractionDigits = 1): string {
  const [whole = '0', fraction] = String(Number(value.toFixed(fractionDigits))).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'en' ? ',' : '\u00a0')
  return fraction ? `${grouped}${locale === 'en' ? '.' : ','}${fraction}` : grouped
}

/** "Noah, Maja og Ida"; "Noah and Maja" */
export function formatList(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${locale === 'en' ? 'and' : 'og'} ${items.at(-1)}`
}
