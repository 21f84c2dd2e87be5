// The municipality's information about respite in the family's language, topic by topic falling back to
// Bokmål (src/domain/respiteInformation.ts).
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { db } from '../db/database'
import { topicsFamiliesRead } from '../../domain/respiteInformation'
import type { Municipality } from '../../protocol'
import type { Locale } from '../../protocol/locale'
import { useLiveQuery } from '../tools/useLiveQuery'

export function useRespiteInformation() {
  const { locale } = useI18n()
  const { data: municipality, loaded } = useLiveQuery(
    async () => (await db.municipality.toCollection().first()) ?? null,
    null as Municipality | null,
  )
  /** The topics the municipality has written about, in reading order. */
  const topics = computed(() => topicsFamiliesRead(municipality.value?.information, locale.value as Locale))
  return { municipality, topics, loaded }
}
