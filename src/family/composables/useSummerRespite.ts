// The municipality's summer respite, live from the device: the season, its deadline, and whether it has passed.
import { computed } from 'vue'
import { db } from '../db/database'
import { summerDeadlinePassed } from '../../domain/summerWeeks'
import type { Municipality } from '../../protocol'
import { useAppTime } from '../tools/useAppTime'
import { useLiveQuery } from '../tools/useLiveQuery'

export function useSummerRespite() {
  const { now } = useAppTime()
  const { data: municipality, loaded } = useLiveQuery(
    async () => (await db.municipality.toCollection().first()) ?? null,
    null as Municipality | null,
  )
  /** Null where the municipality has no summer respite (or the device has not synced yet). */
  const season = computed(() => municipality.value?.summerRespite ?? null)
  const deadline = computed(() => season.value?.applicationDeadline ?? null)
  const deadlinePassed = computed(() => (season.value ? summerDeadlinePassed(season.value, now.value) : false))
  const contacts = computed(() => municipality.value?.contacts ?? [])
  return { municipality, season, deadline, deadlinePassed, contacts, loaded }
}
