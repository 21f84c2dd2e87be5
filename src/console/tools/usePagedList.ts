// A list the console reads a page at a time: the items read so far, whether there is more ("show more"
// reads the next page after the last), loading, and a failure to show. A 401 signs the console out.
import { shallowRef, type ShallowRef } from 'vue'
import type { Page } from '../../protocol'
import type { StaffQuerySession } from './useStaffQuery'

export interface PagedList<P extends Page<unknown>> {
  items: ShallowRef<P['items']>
  /** The last page read, with what else it carries besides its items. */
  page: ShallowRef<P | null>
  nextCursor: ShallowRef<string | null>
  loading: ShallowRef<boolean>
  failed: ShallowRef<boolean>
  /** Reads the first page again, or with `more` the next one after those read. */
  load: (more?: boolean) => Promise<void>
}

export function usePagedList<P extends Page<unknown>>(
  session: StaffQuerySession,
  read: (cursor: string | undefined) => Promise<P>,
): PagedList<P> {
  const items = shallowRef<P['items']>([])
  const page = shallowRef(null) as ShallowRef<P | null>
  const nextCursor = shallowRef<string | null>(null)
  const loading = shallowRef(false)
  const failed = shallowRef(false)

  async function load(more = false): Promise<void> {
    loading.value = true
    try {
      const answer = await read(more ? (nextCursor.value ?? undefined) : undefined)
      items.value = more ? [...items.value, ...answer.items] : answer.items
      page.value = answer
      nextCursor.value = answer.nextCursor
      failed.value = false
    } catch (error) {
      if (!session.expired(error)) failed.value = true
    } finally {
      loading.value = false
    }
  }

  return { items, page, nextCursor, loading, failed, load }
}
