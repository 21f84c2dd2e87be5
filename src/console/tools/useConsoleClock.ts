// "Now" for the console: the system clock, or the test's under `consoleClockKey`, as the family app's useAppTime.
import { inject, type InjectionKey } from 'vue'
import { systemClock, type Clock } from '../../domain/clock'

export const consoleClockKey: InjectionKey<Clock> = Symbol('consoleClock')

/** Call in a component's or a setup store's setup, where the app's provides are in reach. */
export function useConsoleClock(): Clock {
  return inject(consoleClockKey, systemClock)
}
