// One stay as its page shows it, live: times, place, state, its deadline now, and its history.
import { computed, type Ref } from 'vue'
import { db } from '../db/database'
import { stayDetails, type StayDetailsData } from '../db/stayDetailsQueries'
import { deadlineStatus } from '../../domain/deadlineStatus'
import { canRequestChange, pendingRequest, requestBlock, stayState } from '../../domain/stayState'
import { useAppTime } from '../tools/useAppTime'
import { useLiveQuery } from '../tools/useLiveQuery'

export function useStayDetails(stayId: Ref<string>) {
  const { now } = useAppTime()
  const { data, loaded } = useLiveQuery(() => stayDetails(db, stayId.value), null as StayDetailsData | null, [stayId])
  const details = computed(() => {
    const found = data.value
    if (!found) return null
    const rule = found.municipality?.changeDeadline ?? null
    const pending = pendingRequest(found.stay, found.requests)
    return {
      ...found,
      rule,
      state: stayState(found.stay, found.requests),
      pending,
      pendingUnsent: pending !== undefined && found.unsent.has(pending.id),
      deadline: deadlineStatus(found.stay.start, rule, now.value),
      /** The deadline matters until the stay begins, unless it is cancelled. */
      deadlineMatters: canRequestChange(found.stay, now.value),
      requestBlock: requestBlock(found.stay, found.requests, now.value),
    }
  })
  return { details, loaded }
}

export type StayDetails = NonNullable<ReturnType<typeof useStayDetails>['details']['value']>
/** A request about the stay that the municipality's server refused. */
export type RefusedRequest = StayDetails['refused'][number]
