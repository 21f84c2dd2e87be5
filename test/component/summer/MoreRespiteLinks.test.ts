import { describe, expect, it } from 'vitest'
import { aHousehold } from '../../support/calendarHousehold'
import { eventually } from '../support/eventually'
import { mountScreen } from '../support/mountScreen'

const season = { applicationDeadline: '2027-03-15T22:59:00.000Z', from: '2027-06-01', to: '2027-08-31' }

describe('the More page’s links to summer respite and the information', () => {
  it('links to summer respite where the municipality has a season', async () => {
    await aHousehold({ summerRespite: season })
    const { wrapper } = await mountScreen('/more', { now: '2026-11-23T09:00:00.000Z' })
    await eventually(() => expect(wrapper.find('[data-testid="more-summer"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="more-respite-info"]').exists()).toBe(true)
  })

  it('hides the summer link where the municipality has no summer respite, and keeps the information', async () => {
    await aHousehold({ summerRespite: null })
    const { wrapper } = await mountScreen('/more', { now: '2026-11-23T09:00:00.000Z' })
    await eventually(() => expect(wrapper.find('[data-testid="more-respite-info"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="more-summer"]').exists()).toBe(false)
  })
})
