// Gives a mounted screen the test's clock in place of the ticking system clock.
import { appTimeKey, type AppTime } from '../../src/family/tools/useAppTime'
import type { TestClock } from './testClock'

/** What to pass as `global.provide` when mounting. */
export function provideTime(clock: TestClock) {
  const time: AppTime = { clock, now: clock.reading }
  return { [appTimeKey as symbol]: time }
}
