// The app's language as a Locale, typed once here: vue-i18n types its locale as any string, and the screens
// pass it to the domain's wording and dates, which take only the languages the app has.
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../protocol/locale'

/** The language the screen is shown in; Bokmål should vue-i18n ever hold one the app does not have. */
export function useLocale(): ComputedRef<Locale> {
  const { locale } = useI18n()
  return computed(() => (isLocale(locale.value) ? locale.value : DEFAULT_LOCALE))
}
