// "Now" for the screens: a clock to stamp actions with, and a ref that ticks so texts such as
// "om 2 timer" stay true while the screen is open. Tests provide their own under `appTimeKey`.
import { inject, readonly, shallowRef, type InjectionKey, type Ref } from 'vue'
import { systemClock, type Clock } from '../../domain/clock'

export interface AppTime {
  clock: Clock
  /** Milliseconds since the epoch, updated every tick. */
  now: Readonly<Ref<number>>
}

export const appTimeKey: InjectionKey<AppTime> = Symbol('appTime')

const TICK_MS = 30_000
let systemTime: AppTime | undefined

/** One ticking clock for the whole app, started on first use and kept for the page's lifetime. */
function tickingSystemTime(): AppTime {
  if (systemTime) return systemTime
  const now = shallowRef(systemClock.now())
  const tick = () => {
    now.value = systemClock.now()
  }
  setInterval(tick, TICK_MS)
  // Phones freeze timers in the background: catch up at once when the app is shown again.
  globalThis.document?.addEventListener('visibilitychange', tick)
  systemTime = { clock: systemClock, now: readonly(now) }
  return systemTime
}

export function useAppTime(): AppTime {
  return inject(appTimeKey, null) ?? tickingSystemTime()
}
