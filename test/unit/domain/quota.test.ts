import { describe, expect, it } from 'vitest'
import type { Stay } from '../../../src/protocol'
import { periodContaining, quotaUse, stayAmount, usePerPeriod } from '../../../src/domain/quota'
import { aStay } from '../../support/builders'
import { aDecision } from '../../support/calendarBuilders'

const OSLO = 'Europe/Oslo'
const emma = 'emma'
const now = Date.parse('2026-11-15T12:00:00.000Z')
const weekend = (start: string, end: string, overrides: Partial<Stay> = {}) =>
  aStay({ recipientId: emma, placeId: 'p', start, end, ...overrides })

describe('how much of a decision is used', () => {
  it('counts a Friday-to-Sunday stay as two days', () => {
    expect(stayAmount({ start: '2026-11-06T15:00:00.000Z', end: '2026-11-08T15:00:00.000Z' }, 'days', OSLO)).toBe(2)
  })

  it('counts a day offer within one day as one day', () => {
    expect(stayAmount({ start: '2026-11-06T08:00:00.000Z', end: '2026-11-06T14:00:00.000Z' }, 'days', OSLO)).toBe(1)
  })

  it('counts hours as real time, so the night summer time ends has 25 hours', () => {
    // 24 October 2026 18:00 to 25 October 18:00 in Oslo: the clocks go back in between.
    expect(stayAmount({ start: '2026-10-24T16:00:00.000Z', end: '2026-10-25T17:00:00.000Z' }, 'hours', OSLO)).toBe(25)
  })

  it('splits the month into days used and days planned', () => {
    const decision = aDecision({ recipientId: emma, amount: 12, unit: 'days', period: 'month' })
    const stays = [
      weekend('2026-11-06T15:00:00.000Z', '2026-11-08T15:00:00.000Z'),
      weekend('2026-11-20T15:00:00.000Z', '2026-11-22T15:00:00.000Z'),
      weekend('2026-11-27T15:00:00.000Z', '2026-11-29T15:00:00.000Z'),
    ]
    expect(quotaUse(decision, stays, now, OSLO)).toMatchObject({ granted: 12, used: 2, planned: 4, remaining: 6 })
  })

  it('leaves the stays of last month and next month to their own months', () => {
    const decision = aDecision({ recipientId: emma, unit: 'stays' })
    const stays = [
      weekend('2026-10-30T15:00:00.000Z', '2026-11-01T15:00:00.000Z'),
      weekend('2026-12-04T15:00:00.000Z', '2026-12-06T15:00:00.000Z'),
    ]
    expect(quotaUse(decision, stays, now, OSLO)).toMatchObject({ used: 0, planned: 0 })
  })

  it('counts a stay as used from the minute it begins', () => {
    const decision = aDecision({ recipientId: emma, unit: 'stays' })
    const beginningNow = weekend('2026-11-15T12:00:00.000Z', '2026-11-15T18:00:00.000Z')
    expect(quotaUse(decision, [beginningNow], now, OSLO)).toMatchObject({ used: 1, planned: 0 })
  })

  it('does not count cancelled stays', () => {
    const decision = aDecision({ recipientId: emma })
    const stays = [
      weekend('2026-11-20T15:00:00.000Z', '2026-11-22T15:00:00.000Z', { status: 'cancelledByFamily' }),
      weekend('2026-11-27T15:00:00.000Z', '2026-11-29T15:00:00.000Z', { status: 'cancelledByMunicipality' }),
    ]
    expect(quotaUse(decision, stays, now, OSLO)).toMatchObject({ used: 0, planned: 0, remaining: 12 })
  })

  it('leaves stays of another kind and another person to their own decisions', () => {
    const decision = aDecision({ recipientId: emma, kinds: ['municipalUnit'] })
    const stays = [
      weekend('2026-11-20T15:00:00.000Z', '2026-11-22T15:00:00.000Z', { kind: 'dayOffer' }),
      aStay({ recipientId: 'jonas', placeId: 'p', start: '2026-11-20T15:00:00.000Z', end: '2026-11-22T15:00:00.000Z' }),
    ]
    expect(quotaUse(decision, stays, now, OSLO)).toMatchObject({ used: 0, planned: 0 })
  })

  it('counts a stay starting 00.30 on the first of the month in that month, by Norwegian time', () => {
    const decision = aDecision({ recipientId: emma, unit: 'stays' })
    const december = weekend('2026-11-30T23:30:00.000Z', '2026-12-01T20:00:00.000Z')
    expect(quotaUse(decision, [december], now, OSLO)).toMatchObject({ planned: 0 })
    expect(quotaUse(decision, [december], Date.parse('2026-12-01T08:00:00.000Z'), OSLO)).toMatchObject({ used: 1 })
  })

  it('shows nothing for a decision that has expired', () => {
    const decision = aDecision({ recipientId: emma, validFrom: '2026-01-01', validTo: '2026-10-31' })
    expect(quotaUse(decision, [], now, OSLO)).toBeNull()
  })

  it('shows the use of a decision on its first day and on its last', () => {
    const decision = aDecision({ recipientId: emma, validFrom: '2026-11-15', validTo: '2026-11-15' })
    expect(quotaUse(decision, [], now, OSLO)).not.toBeNull()
  })

  it('shows nothing the day before a decision begins', () => {
    const decision = aDecision({ recipientId: emma, validFrom: '2026-11-16', validTo: null })
    expect(quotaUse(decision, [], now, OSLO)).toBeNull()
  })

  it('counts the stays on a decision’s first and last day, and none outside them, though in the same month', () => {
    const decision = aDecision({ recipientId: emma, unit: 'stays', validFrom: '2026-11-10', validTo: '2026-11-20' })
    const stays = ['09', '10', '20', '21'].map((day) =>
      weekend(`2026-11-${day}T09:00:00.000Z`, `2026-11-${day}T15:00:00.000Z`),
    )
    expect(quotaUse(decision, stays, now, OSLO)).toMatchObject({ used: 1, planned: 1 })
  })

  it('tells when more is planned than granted', () => {
    const decision = aDecision({ recipientId: emma, amount: 3 })
    const stays = [
      weekend('2026-11-20T15:00:00.000Z', '2026-11-22T15:00:00.000Z'),
      weekend('2026-11-27T15:00:00.000Z', '2026-11-29T15:00:00.000Z'),
    ]
    expect(quotaUse(decision, stays, now, OSLO)?.remaining).toBe(-1)
  })
})

describe('the period of a decision', () => {
  it('runs Monday to Sunday for a weekly decision', () => {
    expect(periodContaining('week', '2026-11-15')).toEqual({ from: '2026-11-09', until: '2026-11-16' })
  })

  it('runs the calendar month for a monthly decision', () => {
    expect(periodContaining('month', '2026-12-31')).toEqual({ from: '2026-12-01', until: '2027-01-01' })
  })

  it('runs the calendar year for a yearly decision', () => {
    expect(periodContaining('year', '2026-06-30')).toEqual({ from: '2026-01-01', until: '2027-01-01' })
  })
})

describe('use per period of a decision', () => {
  it('lists each month of the range while the decision is valid, flagging a month planned beyond it', () => {
    const twoAMonth = aDecision({
      recipientId: emma,
      amount: 2,
      unit: 'stays',
      period: 'month',
      validFrom: '2026-11-10',
    })
    const stays = ['2026-11-13', '2026-12-04', '2026-12-11', '2026-12-18'].map((day) =>
      weekend(`${day}T15:00:00.000Z`, `${day}T20:00:00.000Z`),
    )
    const uses = usePerPeriod(twoAMonth, stays, { from: '2026-10-01', to: '2026-12-31' }, now, OSLO)
    expect(
      uses.map(({ period, used, planned, remaining }) => ({ from: period.from, used, planned, remaining })),
    ).toEqual([
      { from: '2026-11-01', used: 1, planned: 0, remaining: 1 },
      { from: '2026-12-01', used: 0, planned: 3, remaining: -1 },
    ])
  })

  const monthly = (overrides: { validFrom: string; validTo: string | null }) =>
    aDecision({ recipientId: emma, amount: 2, unit: 'stays', period: 'month', ...overrides })
  const monthsOf = (uses: { period: { from: string } }[]) => uses.map((use) => use.period.from)

  it('begins at the range’s month, not at a decision valid since long before', () => {
    const since = monthly({ validFrom: '2025-03-01', validTo: null })
    expect(monthsOf(usePerPeriod(since, [], { from: '2026-11-10', to: '2026-12-31' }, now, OSLO))).toEqual([
      '2026-11-01',
      '2026-12-01',
    ])
  })

  it('ends at the range’s month, not at a decision valid long after', () => {
    const until = monthly({ validFrom: '2026-01-01', validTo: '2027-12-31' })
    expect(monthsOf(usePerPeriod(until, [], { from: '2026-11-01', to: '2026-12-31' }, now, OSLO))).toEqual([
      '2026-11-01',
      '2026-12-01',
    ])
  })

  it('ends at the month of the decision’s last valid day when that comes before the range’s end', () => {
    const ending = monthly({ validFrom: '2026-01-01', validTo: '2026-11-20' })
    expect(monthsOf(usePerPeriod(ending, [], { from: '2026-11-01', to: '2027-02-28' }, now, OSLO))).toEqual([
      '2026-11-01',
    ])
  })

  it('includes the month whose first day is the range’s last', () => {
    const open = monthly({ validFrom: '2026-01-01', validTo: null })
    expect(monthsOf(usePerPeriod(open, [], { from: '2026-11-10', to: '2026-12-01' }, now, OSLO))).toEqual([
      '2026-11-01',
      '2026-12-01',
    ])
  })
})
