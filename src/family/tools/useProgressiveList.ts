// A long list paints its first screenful at once and the rest a few items a task: built in one go, 60
// stay cards hold a slow phone's main thread long enough that a tap waits; in small steps it answers.
import { computed, onScopeDispose, shallowRef, watch, type ComputedRef, type Ref } from 'vue'

/** Enough cards to fill a phone's first screen below the header and the home cards. */
export const FIRST_SCREEN_ITEMS = 6
// Few enough that each step stays a short task on a slow phone.
const ITEMS_PER_STEP = 4

export function useProgressiveList<T>(list: Ref<readonly T[]>): ComputedRef<readonly T[]> {
  const shown = shallowRef(FIRST_SCREEN_ITEMS)
  let timer: ReturnType<typeof setTimeout> | undefined
  // Each step in a task of its own, so the browser can paint and answer a tap in between.
  const more = () => {
    if (timer === undefined && shown.value < list.value.length)
      timer = setTimeout(() => {
        timer = undefined
        shown.value += ITEMS_PER_STEP
        more()
      })
  }
  watch(() => list.value.length, more, { immediate: true })
  onScopeDispose(() => clearTimeout(timer))
  return computed(() => list.value.slice(0, shown.value))
}
