import { describe, expect, it } from 'vitest'
import { beyondDecisions, seriesOf } from '../../../src/domain/staySeries'
import { aDecision } from '../../support/calendarBuilders'

const OSLO = 'Europe/Oslo'
const friday = { start: '2026-10-16T14:00:00.000Z', end: '2026-10-18T14:00:00.000Z' } // Fri 16.00 – Sun 16.00

describe('a series of stays', () => {
  it('plans every other weekend at 16.00 Norwegian time, also after the clocks go back', () => {
    const series = seriesOf(friday, 'everyOtherWeek', 3, OSLO)
    expect(series.map((stay) => stay.start)).toEqual([
      '2026-10-16T14:00:00.000Z',
      '2026-10-30T15:00:00.000Z',
      '2026-11-13T15:00:00.000Z',
    ])
  })

  it('plans a single stay when it does not repeat', () => {
    expect(seriesOf(friday, 'once', 5, OSLO)).toEqual([friday])
  })
})

describe('a plan beyond the decision', () => {
  it('warns when weekends in one month take more days than the decision has left this month', () => {
    const decision = { ...aDecision({ recipientId: 'ida', amount: 4, unit: 'days', period: 'month' }), use: null }
    const withUse = { ...decision, use: { periodFrom: '2026-10-01', remaining: 2 } }
    const plan = seriesOf(friday, 'everyOtherWeek', 2, OSLO) // two weekends in October: 4 days
    expect(beyondDecisions([withUse], plan, 'ida', 'municipalUnit', OSLO)).toEqual([
      { decision: withUse, periodFrom: '2026-10-01', planned: 4, available: 2 },
    ])
    expect(beyondDecisions([decision], plan, 'ida', 'municipalUnit', OSLO)).toEqual([])
  })

  it('does not count a stay of a kind the decision does not grant', () => {
    const decision = { ...aDecision({ recipientId: 'ida', amount: 1, kinds: ['dayOffer'] }), use: null }
    expect(beyondDecisions([decision], seriesOf(friday, 'weekly', 4, OSLO), 'ida', 'municipalUnit', OSLO)).toEqual([])
  })
})
