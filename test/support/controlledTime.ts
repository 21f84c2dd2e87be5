// A clock the test sets by hand, provided to the app in place of the ticking system clock.
import { shallowRef } from 'vue'
import { appTimeKey, type AppTime } from '../../src/composables/useAppTime'

export interface ControlledTime extends AppTime {
  set(iso: string): void
}

export function controlledTime(iso: string): ControlledTime {
  const now = shallowRef(Date.parse(iso))
  return {
    clock: { now: () => now.value },
    now,
    set: (next) => {
      now.value = Date.parse(next)
    },
  }
}

/** What to pass as `global.provide` when mounting. */
export function provideTime(time: AppTime) {
  return { [appTimeKey as symbol]: time }
}
