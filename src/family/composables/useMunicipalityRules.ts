// The municipality's record live from the device, and the rules in it that decide what the app offers:
// a change deadline, summer respite, and the notifications they give reason for.
import { computed } from 'vue'
import { db } from '../db/database'
import { offeredNotificationKinds, reminderTopics, type MunicipalityRules } from '../../domain/notificationKinds'
import type { Municipality } from '../../protocol'
import { useLiveQuery } from '../tools/useLiveQuery'

export function useMunicipalityRules() {
  const { data: municipality, loaded } = useLiveQuery(
    async () => (await db.municipality.toCollection().first()) ?? null,
    null as Municipality | null,
  )
  /** Until the device knows its municipality, it has none of the rules. */
  const rules = computed<MunicipalityRules>(() => ({
    changeDeadline: municipality.value?.changeDeadline ?? null,
    summerRespite: municipality.value?.summerRespite ?? null,
  }))
  return {
    municipality,
    loaded,
    hasChangeDeadline: computed(() => rules.value.changeDeadline !== null),
    notificationKinds: computed(() => offeredNotificationKinds(rules.value)),
    reminderTopics: computed(() => reminderTopics(rules.value)),
  }
}
