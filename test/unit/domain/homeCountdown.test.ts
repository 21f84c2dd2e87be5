import { describe, expect, it } from 'vitest'
import { stayCountdown, summerDaysLeft } from '../../../src/domain/homeCountdown'

const OSLO = 'Europe/Oslo'
// Monday 23 November 2026, 23.00 in Norway.
const lateMonday = Date.parse('2026-11-23T22:00:00.000Z')

describe('the home screen’s countdown to the next stay', () => {
  it('says a stay is under way from the minute it begins', () => {
    expect(stayCountdown({ start: '2026-11-23T22:00:00.000Z' }, lateMonday, OSLO)).toEqual({ kind: 'underway' })
  })

  it('counts a stay beginning 00.30 tonight as tomorrow, though it is only 90 minutes away', () => {
    expect(stayCountdown({ start: '2026-11-23T23:30:00.000Z' }, lateMonday, OSLO)).toEqual({ kind: 'day', days: 1 })
  })

  it('counts a stay later this evening as today', () => {
    expect(stayCountdown({ start: '2026-11-23T22:01:00.000Z' }, lateMonday, OSLO)).toEqual({ kind: 'day', days: 0 })
  })
})

describe('the summer application deadline on the home screen', () => {
  // Monday 1 March 2027 23.59 in Norway.
  const deadline = '2027-03-01T22:59:00.000Z'

  it('shows the deadline on its own day', () => {
    expect(summerDaysLeft(deadline, Date.parse('2027-03-01T08:00:00.000Z'), OSLO)).toBe(0)
  })

  it('still shows it at its own minute', () => {
    expect(summerDaysLeft(deadline, Date.parse(deadline), OSLO)).toBe(0)
  })

  it('shows it three weeks ahead', () => {
    expect(summerDaysLeft(deadline, Date.parse('2027-02-08T08:00:00.000Z'), OSLO)).toBe(21)
  })

  it('does not show it 22 days ahead', () => {
    expect(summerDaysLeft(deadline, Date.parse('2027-02-07T08:00:00.000Z'), OSLO)).toBeNull()
  })

  it('stops showing it once it has passed', () => {
    expect(summerDaysLeft(deadline, Date.parse(deadline) + 1, OSLO)).toBeNull()
  })

  it('shows nothing where the municipality offers no summer respite', () => {
    expect(summerDaysLeft(undefined, Date.parse('2027-03-01T08:00:00.000Z'), OSLO)).toBeNull()
  })
})
