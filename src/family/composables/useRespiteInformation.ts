// The municipality's information about respite in the family's language, falling back to Bokmål.
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { db } from '../db/database'
import type { Municipality, RespiteInformationTexts } from '../../protocol'
import type { Locale } from '../../protocol/locale'
import { useLiveQuery } from '../tools/useLiveQuery'

export const INFORMATION_TOPICS = [
  'about',
  'expect',
  'bring',
  'assessed',
  'notGrounds',
  'apply',
  'cost',
  'transport',
] as const satisfies readonly (keyof RespiteInformationTexts)[]
export type InformationTopic = (typeof INFORMATION_TOPICS)[number]

export function useRespiteInformation() {
  const { locale } = useI18n()
  const { data: municipality, loaded } = useLiveQuery(
    async () => (await db.municipality.toCollection().first()) ?? null,
    null as Municipality | null,
  )
  const texts = computed<RespiteInformationTexts | null>(() => {
    const information = municipality.value?.information
    if (!information) return null
    return information[locale.value as Locale] ?? information.nb
  })
  /** The topics the municipality has written about, in reading order. */
  const topics = computed(() =>
    INFORMATION_TOPICS.flatMap((topic) => {
      const text = texts.value?.[topic]?.trim()
      return text ? [{ topic, text }] : []
    }),
  )
  return { municipality, texts, topics, loaded }
}
