import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import StayDeadlineSentence from '../../../src/family/components/stay/StayDeadlineSentence.vue'
import { createAppI18n } from '../support/appI18n'
import { lunnerRule } from '../../support/calendarBuilders'
import { provideTime } from '../../support/provideTime'
import { testClock, type TestClock } from '../../support/testClock'

// Friday 27 November 2026 16.00 in Oslo: the deadline is Thursday 26 November 15.00 (14.00 UTC).
const friday = '2026-11-27T15:00:00.000Z'

function sentenceAt(
  time: TestClock,
  stayStart = friday,
  locale: 'nb' | 'nn' | 'en' = 'nb',
  rule: typeof lunnerRule | null = lunnerRule,
) {
  return mount(StayDeadlineSentence, {
    props: { stayStart, rule },
    global: { plugins: [createAppI18n(locale)], provide: provideTime(time) },
  })
}

describe('the change deadline sentence', () => {
  it('says the deadline is today at 15.00 in two hours, at 13.00 the day before', () => {
    const wrapper = sentenceAt(testClock('2026-11-26T12:00:00.000Z'))
    expect(wrapper.text()).toBe('Endringsfrist: i dag kl. 15.00, om 2 timer')
  })

  it('says the deadline is tomorrow the evening before', () => {
    const wrapper = sentenceAt(testClock('2026-11-25T19:00:00.000Z'))
    expect(wrapper.text()).toBe('Endringsfrist: i morgen kl. 15.00, om 19 timer')
  })

  it('names the weekday when the deadline is days away', () => {
    const wrapper = sentenceAt(testClock('2026-11-23T09:00:00.000Z'))
    expect(wrapper.text()).toBe('Endringsfrist: torsdag 26. november kl. 15.00, om 3 døgn')
  })

  it('says under a minute is left in the last minute', () => {
    const wrapper = sentenceAt(testClock('2026-11-26T13:59:30.000Z'))
    expect(wrapper.text()).toBe('Endringsfrist: i dag kl. 15.00, om under ett minutt')
  })

  it('still counts 15.00 sharp as on time', () => {
    const wrapper = sentenceAt(testClock('2026-11-26T14:00:00.000Z'))
    expect(wrapper.text()).toBe('Endringsfrist: i dag kl. 15.00, om under ett minutt')
  })

  it('says the deadline has passed one second after 15.00', () => {
    const wrapper = sentenceAt(testClock('2026-11-26T14:00:01.000Z'))
    expect(wrapper.text()).toBe('Endringsfristen gikk ut i dag kl. 15.00, for under ett minutt siden.')
  })

  it('says how long ago the deadline passed', () => {
    const wrapper = sentenceAt(testClock('2026-11-26T14:05:00.000Z'))
    expect(wrapper.text()).toBe('Endringsfristen gikk ut i dag kl. 15.00, for 5 minutter siden.')
  })

  it('changes from time left to passed while the screen is open', async () => {
    const time = testClock('2026-11-26T13:58:00.000Z')
    const wrapper = sentenceAt(time)
    expect(wrapper.text()).toBe('Endringsfrist: i dag kl. 15.00, om 2 minutter')
    time.set('2026-11-26T14:01:00.000Z')
    await nextTick()
    expect(wrapper.text()).toBe('Endringsfristen gikk ut i dag kl. 15.00, for 1 minutt siden.')
  })

  it('keeps 15.00 on the wall clock and counts real hours across the night summer time starts', () => {
    // Monday 30 March 2026 09.00: the deadline is Sunday 29 March 15.00 summer time (13.00 UTC).
    // From Saturday 14.00 winter time (13.00 UTC) that is 24 real hours, though the clock moves 25.
    const wrapper = sentenceAt(testClock('2026-03-28T13:00:00.000Z'), '2026-03-30T07:00:00.000Z')
    expect(wrapper.text()).toBe('Endringsfrist: i morgen kl. 15.00, om 24 timer')
  })

  it('says the deadline passed at 15.00 summer time on the day summer time starts', () => {
    const wrapper = sentenceAt(testClock('2026-03-29T14:00:00.000Z'), '2026-03-30T07:00:00.000Z')
    expect(wrapper.text()).toBe('Endringsfristen gikk ut i dag kl. 15.00, for 1 time siden.')
  })

  it('keeps 15.00 on the wall clock across the night summer time ends', () => {
    // Monday 26 October 2026: the deadline is Sunday 25 October 15.00 winter time (14.00 UTC).
    const wrapper = sentenceAt(testClock('2026-10-24T13:00:00.000Z'), '2026-10-26T07:00:00.000Z')
    expect(wrapper.text()).toBe('Endringsfrist: i morgen kl. 15.00, om 25 timer')
  })

  it('tells the family to agree changes with the place where the municipality has no deadline', () => {
    const wrapper = sentenceAt(testClock('2026-11-26T12:00:00.000Z'), friday, 'nb', null)
    expect(wrapper.text()).toBe('Kommunen har ingen fast endringsfrist. Avtal endringer direkte med stedet.')
  })

  it('speaks Nynorsk', () => {
    const wrapper = sentenceAt(testClock('2026-11-26T12:00:00.000Z'), friday, 'nn')
    expect(wrapper.text()).toBe('Endringsfrist: i dag kl. 15.00, om 2 timar')
  })

  it('speaks English with a 24-hour clock', () => {
    const wrapper = sentenceAt(testClock('2026-11-26T12:00:00.000Z'), friday, 'en')
    expect(wrapper.text()).toBe('Change deadline: today at 15:00, in 2 hours')
  })
})
