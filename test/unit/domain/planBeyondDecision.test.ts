import { describe, expect, it } from 'vitest'
import { beyondDecisions, periodsSpanned, withoutDecision } from '../../../src/domain/planBeyondDecision'
import { seriesOf } from '../../../src/domain/staySeries'
import { aStay } from '../../support/builders'
import { aDecision } from '../../support/calendarBuilders'

const OSLO = 'Europe/Oslo'
const friday = { start: '2026-10-16T14:00:00.000Z', end: '2026-10-18T14:00:00.000Z' } // Fri 16.00 – Sun 16.00
const fourDaysAMonth = aDecision({ recipientId: 'ida', amount: 4, unit: 'days', period: 'month' })
const idaAt = (start: string, end: string, status: 'planned' | 'cancelledByFamily' = 'planned') =>
  aStay({ recipientId: 'ida', placeId: 'lia', start, end, status })

describe('a plan beyond the decision', () => {
  it('warns when weekends in one month take more days than the month has left', () => {
    const plan = seriesOf(friday, 'everyOtherWeek', 2, OSLO) // two weekends in October: 4 days
    const alreadyInOctober = [idaAt('2026-10-06T14:00:00.000Z', '2026-10-08T14:00:00.000Z')] // 2 days
    expect(beyondDecisions([fourDaysAMonth], plan, alreadyInOctober, 'ida', 'municipalUnit', OSLO)).toEqual([
      { decision: fourDaysAMonth, periodFrom: '2026-10-01', granted: 4, already: 2, planned: 4 },
    ])
    expect(beyondDecisions([fourDaysAMonth], plan, [], 'ida', 'municipalUnit', OSLO)).toEqual([])
  })

  it('counts the stays already planned in a later month that the series runs into', () => {
    const plan = seriesOf(friday, 'everyOtherWeek', 4, OSLO) // 2 weekends in October, 2 in November
    const alreadyInNovember = [idaAt('2026-11-20T15:00:00.000Z', '2026-11-21T15:00:00.000Z')] // 1 day
    expect(beyondDecisions([fourDaysAMonth], plan, alreadyInNovember, 'ida', 'municipalUnit', OSLO)).toEqual([
      { decision: fourDaysAMonth, periodFrom: '2026-11-01', granted: 4, already: 1, planned: 4 },
    ])
  })

  it('counts the stays already in each year of a yearly decision', () => {
    const twelveStaysAYear = aDecision({ recipientId: 'ida', amount: 12, unit: 'stays', period: 'year' })
    const december = { start: '2026-12-18T15:00:00.000Z', end: '2026-12-20T15:00:00.000Z' }
    const plan = seriesOf(december, 'weekly', 3, OSLO) // Dec 18, Dec 25, Jan 1
    const already = Array.from({ length: 12 }, (_, month) =>
      idaAt(
        `2027-${String(month + 1).padStart(2, '0')}-05T09:00:00.000Z`,
        `2027-${String(month + 1).padStart(2, '0')}-05T15:00:00.000Z`,
      ),
    )
    expect(beyondDecisions([twelveStaysAYear], plan, already, 'ida', 'municipalUnit', OSLO)).toEqual([
      { decision: twelveStaysAYear, periodFrom: '2027-01-01', granted: 12, already: 12, planned: 1 },
    ])
  })

  it('does not count a cancelled stay or another child’s stay as already planned', () => {
    const plan = seriesOf(friday, 'everyOtherWeek', 2, OSLO)
    const notCounted = [
      idaAt('2026-10-06T14:00:00.000Z', '2026-10-08T14:00:00.000Z', 'cancelledByFamily'),
      aStay({
        recipientId: 'noah',
        placeId: 'lia',
        start: '2026-10-06T14:00:00.000Z',
        end: '2026-10-08T14:00:00.000Z',
      }),
    ]
    expect(beyondDecisions([fourDaysAMonth], plan, notCounted, 'ida', 'municipalUnit', OSLO)).toEqual([])
  })

  it('does not count the stays of a month that fall outside the decision’s validity', () => {
    const fromMidOctober = aDecision({
      recipientId: 'ida',
      amount: 2,
      unit: 'days',
      period: 'month',
      validFrom: '2026-10-15',
    })
    const beforeIt = [idaAt('2026-10-06T14:00:00.000Z', '2026-10-08T14:00:00.000Z')]
    expect(beyondDecisions([fromMidOctober], [friday], beforeIt, 'ida', 'municipalUnit', OSLO)).toEqual([])
    expect(
      beyondDecisions([fromMidOctober], seriesOf(friday, 'everyOtherWeek', 2, OSLO), [], 'ida', 'municipalUnit', OSLO),
    ).toHaveLength(1)
  })

  it('does not judge planned stays outside the decision’s validity', () => {
    const untilMidOctober = aDecision({
      recipientId: 'ida',
      amount: 1,
      unit: 'days',
      period: 'month',
      validTo: '2026-10-15',
    })
    const plan = seriesOf({ start: '2026-10-23T14:00:00.000Z', end: '2026-10-25T14:00:00.000Z' }, 'once', 1, OSLO)
    expect(beyondDecisions([untilMidOctober], plan, [], 'ida', 'municipalUnit', OSLO)).toEqual([])
  })

  it('does not count a stay of a kind the decision does not grant', () => {
    const decision = aDecision({ recipientId: 'ida', amount: 1, kinds: ['dayOffer'] })
    expect(beyondDecisions([decision], seriesOf(friday, 'weekly', 4, OSLO), [], 'ida', 'municipalUnit', OSLO)).toEqual(
      [],
    )
  })
})

describe('the stays to read before judging a plan', () => {
  it('spans every whole month a series touches', () => {
    const plan = seriesOf(friday, 'everyOtherWeek', 4, OSLO)
    expect(periodsSpanned([fourDaysAMonth], plan, 'ida', 'municipalUnit', OSLO)).toEqual({
      from: '2026-10-01',
      to: '2026-11-30',
    })
  })

  it('spans from the earliest period to the latest of all the decisions that count the plan', () => {
    const weekly = aDecision({ recipientId: 'ida', amount: 2, unit: 'days', period: 'week' })
    expect(periodsSpanned([weekly, fourDaysAMonth, weekly], [friday], 'ida', 'municipalUnit', OSLO)).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
    })
  })

  it('spans nothing when no decision counts the plan', () => {
    expect(periodsSpanned([fourDaysAMonth], [friday], 'noah', 'municipalUnit', OSLO)).toBeNull()
  })
})

describe('a plan no decision grants', () => {
  it('names the stays of a kind the child has no decision for', () => {
    const dayOffers = aDecision({ recipientId: 'ida', kinds: ['dayOffer'] })
    expect(withoutDecision([dayOffers], [friday], 'ida', 'municipalUnit', OSLO)).toEqual([friday])
  })

  it('names the stays after a decision has ended and before one begins', () => {
    const ended = aDecision({ recipientId: 'ida', validFrom: '2026-01-01', validTo: '2026-10-16' })
    const later = aDecision({ recipientId: 'ida', validFrom: '2026-11-01' })
    const plan = seriesOf(friday, 'weekly', 3, OSLO) // 16 Oct, 23 Oct, 30 Oct
    expect(withoutDecision([ended, later], plan, 'ida', 'municipalUnit', OSLO)).toEqual(plan.slice(1))
  })

  it('does not take another child’s decision', () => {
    expect(withoutDecision([aDecision({ recipientId: 'noah' })], [friday], 'ida', 'municipalUnit', OSLO)).toEqual([
      friday,
    ])
    expect(withoutDecision([fourDaysAMonth], [friday], 'ida', 'municipalUnit', OSLO)).toEqual([])
  })
})
