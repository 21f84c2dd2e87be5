// The municipality's information about respite in the family's language, falling back to Bokmål.
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { db } from '../db/database'
import { informationIn, informationTopics } from '../domain/respiteInformation'
import type { Municipality } from '../protocol'
import type { Locale } from '../protocol/locale'
import { useLiveQuery } from './useLiveQuery'

export function useRespiteInformation() {
  const { locale } = useI18n()
  const { data: municipality, loaded } = useLiveQuery(
    async () => (await db.municipality.toCollection().first()) ?? null,
    null as Municipality | null,
  )
  const texts = computed(() => informationIn(municipality.value?.information, locale.value as Locale))
  /** The topics the municipality has written about, in reading order. */
  const topics = computed(() => informationTopics(texts.value))
  return { municipality, texts, topics, loaded }
}
