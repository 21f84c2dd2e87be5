import type { VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { aHousehold, emmasWeekend, jonasDayOffer } from '../../support/calendarHousehold'
import { eventually } from '../support/eventually'
import { mountScreen } from '../support/mountScreen'

const monday = '2026-11-23T09:00:00.000Z'

/** A day of the grid by the name a screen reader hears. */
function dayButton(wrapper: VueWrapper, day: string) {
  const button = wrapper
    .findAll('button.month-grid__day')
    .find((candidate) => candidate.get('.visually-hidden').text().startsWith(`${day}:`))
  if (!button) throw new Error(`no button for ${day}`)
  return button
}

describe('the month view', () => {
  it('opens on the current month in Norway, with week numbers', async () => {
    const { wrapper } = await mountScreen('/calendar/month', { now: '2026-11-30T23:30:00.000Z' })
    await eventually(() => expect(wrapper.get('h2').text()).toBe('desember 2026'))
    expect(wrapper.text()).toContain('Uke 49')
  })

  it('marks each day of a weekend stay with the child’s initial and names them for screen readers', async () => {
    await aHousehold()
    await emmasWeekend()
    const { wrapper } = await mountScreen('/calendar/month/2026-11', { now: monday })
    await eventually(() => expect(wrapper.findAll('button.month-grid__day')).toHaveLength(3))
    const friday = dayButton(wrapper, 'fredag 27. november')
    expect(friday.get('.visually-hidden').text()).toBe('fredag 27. november: Ett opphold: Emma')
    expect(friday.get('.month-grid__marker').text()).toBe('E')
  })

  it('lists the stays of the day the family taps', async () => {
    await aHousehold()
    await emmasWeekend()
    await jonasDayOffer()
    const { wrapper } = await mountScreen('/calendar/month/2026-11', { now: monday })
    await eventually(() => expect(wrapper.findAll('.stay-card')).toHaveLength(2))
    await dayButton(wrapper, 'onsdag 25. november').trigger('click')
    await eventually(() => expect(wrapper.findAll('.stay-card')).toHaveLength(1))
    expect(wrapper.text()).toContain('Opphold onsdag 25. november')
    expect(wrapper.get('.stay-card').text()).toContain('Jonas')
  })

  it('goes to the next month', async () => {
    const { wrapper, router } = await mountScreen('/calendar/month/2026-12', { now: monday })
    await eventually(() => expect(wrapper.get('h2').text()).toBe('desember 2026'))
    await wrapper.get('a[aria-label="Neste måned"]').trigger('click')
    await eventually(() => expect(router.currentRoute.value.params.month).toBe('2027-01'))
    await eventually(() => expect(wrapper.get('h2').text()).toBe('januar 2027'))
  })
})
