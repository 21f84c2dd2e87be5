// What the home cards need beyond the agenda, live from the device: each next stay's packing and
// medication review, the municipality's deadline rule and its summer application deadline.
import { computed, type Ref } from 'vue'
import { db } from '../db/database'
import { stayPackingData } from '../db/packingQueries'
import type { CalendarEntry } from '../../domain/calendarEntries'
import { summerDaysLeft } from '../../domain/homeCountdown'
import { NORWEGIAN_TIME_ZONE } from '../../domain/zonedTime'
import { useAppTime } from '../tools/useAppTime'
import { useLiveQuery } from '../tools/useLiveQuery'
import { stayPackingOf } from './useStayPacking'

export function useHomeCards(entries: Ref<readonly CalendarEntry[]>) {
  const { now } = useAppTime()
  const { data, loaded } = useLiveQuery(
    async () => {
      const [municipality, ...packings] = await Promise.all([
        db.municipality.toCollection().first(),
        ...entries.value.map((entry) => stayPackingData(db, entry.stay.id)),
      ])
      return { municipality, packings }
    },
    { municipality: undefined, packings: [] },
    [entries],
  )
  const cards = computed(() =>
    entries.value.map((entry, index) => {
      const found = data.value.packings[index]
      const packing = found ? stayPackingOf(found, now.value) : undefined
      return {
        entry,
        progress: packing?.packs && packing.progress.total > 0 ? packing.progress : null,
        reviewNeeded: packing?.review.needed ?? false,
      }
    }),
  )
  const rule = computed(() => data.value.municipality?.changeDeadline ?? null)
  const summer = computed(() => {
    const deadline = data.value.municipality?.summerRespite?.applicationDeadline
    const days = summerDaysLeft(deadline, now.value, NORWEGIAN_TIME_ZONE)
    return deadline && days !== null ? deadline : undefined
  })
  return { cards, rule, summer, loaded }
}
