// Which area of the bottom navigation the current page belongs to, from its route's `meta.area`.
import { computed } from 'vue'
import { useRoute } from 'vue-router'

/** The bottom navigation's areas; every signed-in page belongs to one. */
export type NavArea = 'calendar' | 'packing' | 'messages' | 'more'

export function useNavArea() {
  const route = useRoute()
  return computed<NavArea | undefined>(() => route.meta.area)
}
