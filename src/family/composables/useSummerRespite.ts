// The municipality's summer respite, live from the device: the season, its deadline, and whether it has passed.
import { computed } from 'vue'
import { summerDeadlinePassed } from '../../domain/summerWeeks'
import { useAppTime } from '../tools/useAppTime'
import { useMunicipalityRules } from './useMunicipalityRules'

export function useSummerRespite() {
  const { now } = useAppTime()
  const { municipality, loaded } = useMunicipalityRules()
  /** Null where the municipality has no summer respite (or the device has not synced yet). */
  const season = computed(() => municipality.value?.summerRespite ?? null)
  const deadline = computed(() => season.value?.applicationDeadline ?? null)
  const deadlinePassed = computed(() => (season.value ? summerDeadlinePassed(season.value, now.value) : false))
  const contacts = computed(() => municipality.value?.contacts ?? [])
  return { municipality, season, deadline, deadlinePassed, contacts, loaded }
}
