// Loads the console's texts for the chosen language (and Bokmål, the fallback) the first time each is
// needed; `ready` tells the shell when it can show words. `loadLanguage` fetches another language's texts,
// for a preview of what families read in it.
import { shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { loadConsoleMessages } from '../../i18n/consoleLocaleMessages'
import { DEFAULT_LOCALE, type Locale } from '../../protocol/locale'

/** The languages merged into each i18n instance (an app has one; each component test mounts its own). */
const loadedInto = new WeakMap<object, Set<Locale>>()

export function useConsoleLanguages() {
  const i18n = useI18n({ useScope: 'global' })
  const loaded = loadedInto.get(i18n) ?? new Set<Locale>()
  loadedInto.set(i18n, loaded)

  async function loadLanguage(...locales: Locale[]): Promise<void> {
    const needed = [...new Set(locales)].filter((each) => !loaded.has(each))
    await Promise.all(
      needed.map(async (each) => {
        i18n.mergeLocaleMessage(each, await loadConsoleMessages(each))
        loaded.add(each)
      }),
    )
  }
  return { loadLanguage }
}

export function useConsoleTexts() {
  const i18n = useI18n({ useScope: 'global' })
  const { loadLanguage } = useConsoleLanguages()
  const ready = shallowRef(false)

  async function load(locale: Locale): Promise<void> {
    await loadLanguage(locale, DEFAULT_LOCALE)
    ready.value = true
  }

  watch(i18n.locale, (locale) => void load(locale as Locale), { immediate: true })
  return { ready }
}
