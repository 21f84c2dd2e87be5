// How many families' threads wait for the office's answer: counted on the console's menu on every screen.
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { familyThreadRoutes } from '../../protocol/routes/familyThreadRoutes'
import { useStaffQuery } from '../tools/useStaffQuery'
import { useStaffSessionStore } from './staffSession'

const PAGE = 200

export const useFamilyThreadCountStore = defineStore('console-family-thread-count', () => {
  const session = useStaffSessionStore()
  const waiting = useStaffQuery(
    session,
    (api) => api.call(familyThreadRoutes.staffListFamilyThreads, { query: { state: 'waiting', limit: PAGE } }),
    { items: [], nextCursor: null },
  )
  /** "200+" past one page: the menu needs to say there are many, not how many. */
  const label = computed(() => {
    const { items, nextCursor } = waiting.data.value
    return nextCursor ? `${PAGE}+` : items.length > 0 ? String(items.length) : null
  })
  return { label, refresh: waiting.reload }
})
