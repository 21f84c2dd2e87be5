// The request page of Emma's weekend (test/support/calendarHousehold), opened and shown, for the request tests.
import { expect } from 'vitest'
import { eventually } from './eventually'
import { mountScreen } from './mountScreen'

// Emma's weekend starts Friday 27 November 16.00; the deadline is Thursday 26 November 15.00.
export const beforeDeadline = '2026-11-26T12:00:00.000Z'
export const afterDeadline = '2026-11-26T15:30:00.000Z'

/** Opens the page that asks to cancel the stay or change its times, once it shows the stay it is about. */
export async function openRequest(stayId: string, type: 'cancel' | 'changeTime', now: string) {
  const screen = await mountScreen(`/stays/${stayId}/request/${type}`, { now })
  await eventually(() => expect(screen.wrapper.text()).toContain('Gjelder'))
  return screen
}
