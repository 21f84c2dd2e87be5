import { describe, expect, it } from 'vitest'
import { changeDeadline, isOnTime } from '../../../src/domain/deadline'

const lunner = { daysBefore: 1, time: '15:00', timeZone: 'Europe/Oslo' }

describe('the change deadline', () => {
  it('runs in the time zone this project was asked to run in', () => {
    // Guards the TZ projects: if TZ were ignored, the other-zone runs would prove nothing.
    const expected = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expected)
  })

  it('is 15:00 Norwegian winter time the day before an ordinary stay', () => {
    // Friday 27 November 2026 at 16:00 in Oslo (UTC+1).
    expect(changeDeadline('2026-11-27T15:00:00.000Z', lunner)).toBe('2026-11-26T14:00:00.000Z')
  })

  it('is 15:00 Norwegian summer time in July', () => {
    expect(changeDeadline('2026-07-10T08:00:00.000Z', lunner)).toBe('2026-07-09T13:00:00.000Z')
  })

  it('uses summer time on the day after summer time starts', () => {
    // Summer time starts Sunday 29 March 2026; a stay on Monday 30 March has its deadline on the Sunday.
    expect(changeDeadline('2026-03-30T07:00:00.000Z', lunner)).toBe('2026-03-29T13:00:00.000Z')
  })

  it('uses winter time on the day after summer time ends', () => {
    // Summer time ends Sunday 25 October 2026; a stay on Monday 26 October has its deadline on the Sunday.
    expect(changeDeadline('2026-10-26T07:00:00.000Z', lunner)).toBe('2026-10-25T14:00:00.000Z')
  })

  it('uses the day before summer time starts for a stay on that Sunday', () => {
    expect(changeDeadline('2026-03-29T10:00:00.000Z', lunner)).toBe('2026-03-28T14:00:00.000Z')
  })

  it('counts a stay starting just after midnight Norwegian time as on that Norwegian day', () => {
    // 00:30 on Saturday 28 November in Oslo is still Friday 23:30 in UTC.
    expect(changeDeadline('2026-11-27T23:30:00.000Z', lunner)).toBe('2026-11-27T14:00:00.000Z')
  })

  it('crosses a month and a year boundary', () => {
    expect(changeDeadline('2027-01-01T09:00:00.000Z', lunner)).toBe('2026-12-31T14:00:00.000Z')
  })

  it('puts the deadline on the same day when the rule says zero days before', () => {
    const sameDay = { ...lunner, daysBefore: 0, time: '08:00' }
    expect(changeDeadline('2026-11-27T15:00:00.000Z', sameDay)).toBe('2026-11-27T07:00:00.000Z')
  })

  it('counts calendar days when the rule says two days before, across a summer-time change', () => {
    const twoDays = { ...lunner, daysBefore: 2 }
    expect(changeDeadline('2026-03-30T07:00:00.000Z', twoDays)).toBe('2026-03-28T14:00:00.000Z')
  })

  it('follows another time zone when the municipality sets one', () => {
    const helsinki = { daysBefore: 1, time: '12:00', timeZone: 'Europe/Helsinki' }
    expect(changeDeadline('2026-11-27T15:00:00.000Z', helsinki)).toBe('2026-11-26T10:00:00.000Z')
  })

  it('refuses a start that is not an instant, and says which', () => {
    expect(() => changeDeadline('tomorrow', lunner)).toThrow(new RangeError('not an instant: tomorrow'))
  })

  it('is at the minute the rule says, 15.30', () => {
    expect(changeDeadline('2026-11-27T15:00:00.000Z', { ...lunner, time: '15:30' })).toBe('2026-11-26T14:30:00.000Z')
  })
})

describe('whether a change is on time', () => {
  const stayStart = '2026-11-27T15:00:00.000Z'

  it('counts a cancellation at 14:59 the day before as on time', () => {
    expect(isOnTime('2026-11-26T13:59:00.000Z', stayStart, lunner)).toBe(true)
  })

  it('counts a cancellation at exactly 15:00 the day before as on time', () => {
    expect(isOnTime('2026-11-26T14:00:00.000Z', stayStart, lunner)).toBe(true)
  })

  it('counts a cancellation received at 15:01 the day before as late', () => {
    expect(isOnTime('2026-11-26T14:01:00.000Z', stayStart, lunner)).toBe(false)
  })

  it('counts a change one millisecond past the deadline as late', () => {
    expect(isOnTime('2026-11-26T14:00:00.001Z', stayStart, lunner)).toBe(false)
  })
})
