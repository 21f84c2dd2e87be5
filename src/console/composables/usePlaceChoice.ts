// The place a place's screen shows (the day list, the night grid): only the places are read for the choice (the
// plan's choices would read every household too, and each read is logged), and the first is chosen once read.
import { onMounted, shallowRef } from 'vue'
import { staffReadRoutes } from '../../protocol/routes/staffReadRoutes'
import { useStaffSessionStore } from '../stores/staffSession'
import { useStaffQuery } from '../tools/useStaffQuery'

export function usePlaceChoice() {
  const session = useStaffSessionStore()
  const places = useStaffQuery(session, (api) => api.call(staffReadRoutes.staffListPlaces, { query: { limit: 200 } }), {
    items: [],
    nextCursor: null,
  })
  const placeId = shallowRef('')
  onMounted(async () => {
    await places.reload()
    placeId.value ||= places.data.value.items[0]?.id ?? ''
  })
  return { places, placeId }
}
