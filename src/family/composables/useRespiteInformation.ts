// The municipality's information about respite in the family's language, falling back to Bokmål.
import { computed } from 'vue'
import { db } from '../db/database'
import type { Municipality, RespiteInformationTexts } from '../../protocol'
import { useLocale } from '../../i18n/useLocale'
import { useLiveQuery } from '../tools/useLiveQuery'

export const INFORMATION_TOPICS = [
  'about',
  'expect',
  'assessed',
  'notGrounds',
  'apply',
  'cost',
  'transport',
] as const satisfies readonly (keyof RespiteInformationTexts)[]
export type InformationTopic = (typeof INFORMATION_TOPICS)[number]

export function useRespiteInformation() {
  const locale = useLocale()
  const { data: municipality, loaded } = useLiveQuery(
    async () => (await db.municipality.toCollection().first()) ?? null,
    null as Municipality | null,
  )
  const texts = computed<RespiteInformationTexts | null>(() => {
    const information = municipality.value?.information
    if (!information) return null
    return information[locale.value] ?? information.nb
  })
  /** The topics the municipality has written about, in reading order. */
  const topics = computed(() =>
    INFORMATION_TOPICS.flatMap((topic) => {
      const text = texts.value?.[topic].trim()
      return text ? [{ topic, text }] : []
    }),
  )
  return { municipality, texts, topics, loaded }
}
