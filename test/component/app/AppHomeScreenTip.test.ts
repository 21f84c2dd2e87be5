// On an iPhone in Safari the first screen says how to add Pusterom to the Home Screen and what Safari may
// erase, until the family puts it away; More always says it.
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { aHousehold, emmasWeekend } from '../../support/calendarHousehold'
import { eventually } from '../support/eventually'
import { mountScreen } from '../support/mountScreen'

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'
const NOW = '2026-11-23T09:00:00.000Z'

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

function onAnIphoneInSafari() {
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPHONE_SAFARI)
}

describe('adding the app to the Home Screen on an iPhone', () => {
  it('shows the steps and the warning about erased data on the first screen, until put away', async () => {
    onAnIphoneInSafari()
    await aHousehold()
    await emmasWeekend()
    const first = await mountScreen('/', { now: NOW })
    await eventually(() => expect(first.wrapper.find('[data-testid="home-screen-tip"]').exists()).toBe(true))
    const tip = first.wrapper.get('[data-testid="home-screen-tip"]')
    expect(tip.text()).toContain('«Legg til på Hjem-skjerm»')
    expect(tip.text()).toContain('Del-knappen')
    expect(tip.text()).toContain('også endringer som ikke er sendt ennå')
    await tip.get('button').trigger('click')
    expect(first.wrapper.find('[data-testid="home-screen-tip"]').exists()).toBe(false)

    const again = await mountScreen('/', { now: NOW })
    await flushPromises()
    await eventually(() => expect(again.wrapper.find('.agenda').exists()).toBe(true))
    expect(again.wrapper.find('[data-testid="home-screen-tip"]').exists()).toBe(false)
  })

  it('keeps the steps in More, with nothing to put them away', async () => {
    onAnIphoneInSafari()
    await aHousehold()
    const { wrapper } = await mountScreen('/more', { now: NOW })
    await eventually(() => expect(wrapper.find('[data-testid="home-screen-tip"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="home-screen-tip"] button').exists()).toBe(false)
  })

  it('says nothing of the Home Screen in other browsers', async () => {
    await aHousehold()
    await emmasWeekend()
    const { wrapper } = await mountScreen('/', { now: NOW })
    await eventually(() => expect(wrapper.find('.agenda li').exists()).toBe(true))
    await flushPromises()
    expect(wrapper.find('[data-testid="home-screen-tip"]').exists()).toBe(false)
  })
})
