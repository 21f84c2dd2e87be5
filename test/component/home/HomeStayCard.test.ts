import { mount, RouterLinkStub } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import HomeStayCard from '../../../src/family/components/home/HomeStayCard.vue'
import type { CalendarEntry } from '../../../src/domain/calendarEntries'
import type { PackingProgress } from '../../../src/domain/packing'
import type { Locale } from '../../../src/protocol/locale'
import { createAppI18n } from '../support/appI18n'
import { aPlace, aRecipient, aStay } from '../../support/builders'
import { lunnerRule } from '../../support/calendarBuilders'
import { provideTime } from '../../support/provideTime'
import { testClock, type TestClock } from '../../support/testClock'

// Emma's weekend starts Friday 27 November 2026 at 16.00 in Oslo; the deadline is Thursday 15.00.
const emma = aRecipient({ name: 'Emma' })
const place = aPlace()
const stay = aStay({ recipientId: emma.id, placeId: place.id, start: '2026-11-27T15:00:00.000Z' })
const entry: CalendarEntry = { stay, place, recipient: emma, state: 'planned', pending: undefined, unsent: false }

function cardAt(
  time: TestClock,
  options: {
    progress?: PackingProgress | null
    reviewNeeded?: boolean
    rule?: typeof lunnerRule | null
    locale?: Locale
  } = {},
) {
  return mount(HomeStayCard, {
    props: {
      entry,
      rule: options.rule === undefined ? lunnerRule : options.rule,
      progress: options.progress ?? null,
      reviewNeeded: options.reviewNeeded ?? false,
    },
    global: {
      plugins: [createAppI18n(options.locale ?? 'nb')],
      provide: provideTime(time),
      stubs: { RouterLink: RouterLinkStub },
    },
  })
}

const headOf = (wrapper: ReturnType<typeof cardAt>) => wrapper.find('h3').text().replace(/\s+/g, ' ')

describe('the home card for a person’s next stay', () => {
  it('counts down the days to a stay three days off', () => {
    const wrapper = cardAt(testClock('2026-11-24T09:00:00.000Z'))
    expect(headOf(wrapper)).toBe('Emma om 3 dager')
  })

  it('counts calendar days, so late on Wednesday the Friday stay is two days off', () => {
    const wrapper = cardAt(testClock('2026-11-25T22:30:00.000Z'))
    expect(headOf(wrapper)).toBe('Emma om 2 dager')
  })

  it('says tomorrow at 16.00 from Thursday morning, though more than 24 hours remain', () => {
    const wrapper = cardAt(testClock('2026-11-26T07:00:00.000Z'))
    expect(headOf(wrapper)).toBe('Emma i morgen kl. 16.00')
  })

  it('turns tomorrow into today at midnight in Norway', async () => {
    const time = testClock('2026-11-26T22:59:00.000Z')
    const wrapper = cardAt(time)
    expect(headOf(wrapper)).toBe('Emma i morgen kl. 16.00')
    time.set('2026-11-26T23:00:00.000Z')
    await nextTick()
    expect(headOf(wrapper)).toBe('Emma i dag kl. 16.00')
  })

  it('says the stay is under way once it has started', () => {
    const wrapper = cardAt(testClock('2026-11-27T15:00:00.000Z'))
    expect(headOf(wrapper)).toBe('Emma pågår nå')
  })

  it('words the countdown in English', () => {
    expect(headOf(cardAt(testClock('2026-11-24T09:00:00.000Z'), { locale: 'en' }))).toBe('Emma in 3 days')
    expect(headOf(cardAt(testClock('2026-11-26T07:00:00.000Z'), { locale: 'en' }))).toBe('Emma tomorrow at 16:00')
  })

  it('shows the change deadline with the time left while it is open', () => {
    const wrapper = cardAt(testClock('2026-11-26T12:00:00.000Z'))
    expect(wrapper.get('[data-testid="home-deadline"]').text()).toBe('Endringsfrist: i dag kl. 15.00, om 2 timer')
  })

  it('leaves the deadline out once it has passed, and when the municipality has no rule', () => {
    expect(cardAt(testClock('2026-11-26T14:00:01.000Z')).find('[data-testid="home-deadline"]').exists()).toBe(false)
    expect(cardAt(testClock(), { rule: null }).find('[data-testid="home-deadline"]').exists()).toBe(false)
  })

  it('shows packing progress until everything is packed', () => {
    const packing = (progress: PackingProgress) =>
      cardAt(testClock(), { progress }).find('[data-testid="home-packing"]')
    expect(packing({ packed: 3, total: 10, allPacked: false }).text()).toBe('3 av 10 pakket')
    expect(packing({ packed: 10, total: 10, allPacked: true }).exists()).toBe(false)
    expect(cardAt(testClock()).find('[data-testid="home-packing"]').exists()).toBe(false)
  })

  it('asks to confirm the medication list only when it needs confirming', () => {
    expect(cardAt(testClock(), { reviewNeeded: true }).get('[data-testid="home-medication"]').text()).toBe(
      'Bekreft medisinlisten',
    )
    expect(cardAt(testClock()).find('[data-testid="home-medication"]').exists()).toBe(false)
  })

  it('opens the stay when tapped', () => {
    const link = cardAt(testClock()).getComponent(RouterLinkStub)
    expect(link.props('to')).toEqual({ name: 'stay', params: { id: stay.id } })
  })

  it('opens the stay’s packing list from the packing count and the medication list from its ask', () => {
    const wrapper = cardAt(testClock(), { progress: { packed: 0, total: 17, allPacked: false }, reviewNeeded: true })
    const [, packing, medication] = wrapper.findAllComponents(RouterLinkStub)
    expect(packing!.text()).toBe('0 av 17 pakket')
    expect(packing!.props('to')).toEqual({ name: 'stayPacking', params: { id: stay.id } })
    expect(medication!.text()).toBe('Bekreft medisinlisten')
    expect(medication!.props('to')).toEqual({ name: 'medications', params: { recipientId: emma.id } })
  })
})
