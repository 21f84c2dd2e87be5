// What is urgent, for the console's first screen: requests waiting and late, and who arrives and leaves
// today and this week (Norwegian days), with each child's name and place.
import { computed, shallowRef } from 'vue'
import { useConsoleClock } from '../tools/useConsoleClock'
import { addDays, localDateOf, mondayOf } from '../../domain/localDates'
import { NORWEGIAN_TIME_ZONE } from '../../domain/zonedTime'
import type { StaffStay } from '../../protocol'
import { useConsolePlanStore } from '../stores/plan'
import { useConsoleRequestsStore } from '../stores/requests'
import { useStaffSessionStore } from '../stores/staffSession'
import { useStaffQuery } from '../tools/useStaffQuery'

export interface Movement {
  stay: StaffStay
  child: string
  place: string
  at: string
}

const dayOf = (instant: string) => localDateOf(Date.parse(instant), NORWEGIAN_TIME_ZONE)
const cancelled = (stay: StaffStay) => stay.state === 'cancelledByFamily' || stay.state === 'cancelledByMunicipality'

export function useOverview() {
  const clock = useConsoleClock()
  const session = useStaffSessionStore()
  const requests = useConsoleRequestsStore()
  const plan = useConsolePlanStore()
  const today = shallowRef(localDateOf(clock.now(), NORWEGIAN_TIME_ZONE))
  const weekEnd = computed(() => addDays(mondayOf(today.value), 6))
  const stays = useStaffQuery(session, () => plan.stays({ from: today.value, to: weekEnd.value }), [])

  const movements = (edge: 'start' | 'end', from: string, to: string) =>
    computed<Movement[]>(() => {
      const children = new Map(plan.children.map((child) => [child.id, child.name]))
      const places = new Map(plan.places.map((place) => [place.id, place.name]))
      return stays.data.value
        .filter((stay) => !cancelled(stay) && dayOf(stay[edge]) >= from && dayOf(stay[edge]) <= to)
        .map((stay) => ({
          stay,
          child: children.get(stay.recipientId) ?? '',
          place: places.get(stay.placeId) ?? '',
          at: stay[edge],
        }))
        .sort((a, b) => a.at.localeCompare(b.at))
    })

  async function load(): Promise<void> {
    today.value = localDateOf(clock.now(), NORWEGIAN_TIME_ZONE)
    await Promise.all([requests.refresh(), plan.loadChoices().catch(() => undefined), stays.reload()])
  }

  return {
    load,
    failed: computed(() => stays.failed.value || requests.failed),
    waiting: computed(() => requests.pending.length),
    late: computed(() => requests.pending.filter((request) => request.onTime === false).length),
    arrivalsToday: movements('start', today.value, today.value),
    departuresToday: movements('end', today.value, today.value),
    arrivalsThisWeek: movements('start', today.value, weekEnd.value),
    departuresThisWeek: movements('end', today.value, weekEnd.value),
  }
}
