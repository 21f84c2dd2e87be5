import { describe, expect, it } from 'vitest'
import { calendarDaysUntil, deadlineStatus, timeSpan, unsentUrgency } from '../../../src/domain/deadlineStatus'
import { lunnerRule } from '../../support/calendarBuilders'

// Friday 27 November 2026 16:00 in Oslo; the deadline is Thursday 26 November 15:00 (14:00 UTC).
const stayStart = '2026-11-27T15:00:00.000Z'
const at = (iso: string) => Date.parse(iso)

describe('the change deadline of a stay at a given moment', () => {
  it('is open with two hours left at 13.00 the day before', () => {
    expect(deadlineStatus(stayStart, lunnerRule, at('2026-11-26T12:00:00.000Z'))).toEqual({
      kind: 'open',
      deadline: '2026-11-26T14:00:00.000Z',
      msLeft: 2 * 3600_000,
      near: true,
    })
  })

  it('is still open at 15.00 sharp', () => {
    expect(deadlineStatus(stayStart, lunnerRule, at('2026-11-26T14:00:00.000Z'))).toMatchObject({
      kind: 'open',
      msLeft: 0,
    })
  })

  it('has passed one second after 15.00', () => {
    expect(deadlineStatus(stayStart, lunnerRule, at('2026-11-26T14:00:01.000Z'))).toMatchObject({
      kind: 'passed',
      msAgo: 1000,
    })
  })

  it('is near from exactly three hours before', () => {
    expect(deadlineStatus(stayStart, lunnerRule, at('2026-11-26T11:00:00.000Z'))).toMatchObject({ near: true })
  })

  it('is not near two days before', () => {
    expect(deadlineStatus(stayStart, lunnerRule, at('2026-11-24T12:00:00.000Z'))).toMatchObject({
      kind: 'open',
      near: false,
    })
  })

  it('says there is no rule where the municipality has none', () => {
    expect(deadlineStatus(stayStart, null, at('2026-11-26T12:00:00.000Z'))).toEqual({ kind: 'noRule' })
  })
})

describe('how pressing a request still on the phone is', () => {
  const urgencyAt = (iso: string, rule: typeof lunnerRule | null = lunnerRule) =>
    unsentUrgency(deadlineStatus(stayStart, rule, at(iso)), stayStart, at(iso))

  it('is calm two days before the deadline', () => {
    expect(urgencyAt('2026-11-24T12:00:00.000Z')).toBe('calm')
  })

  it('is near two hours before the deadline, so the family calls instead', () => {
    expect(urgencyAt('2026-11-26T12:00:00.000Z')).toBe('near')
  })

  it('has passed one second after the deadline', () => {
    expect(urgencyAt('2026-11-26T14:00:01.000Z')).toBe('passed')
  })

  it('is near within a day of the stay where the municipality has no rule', () => {
    expect(urgencyAt('2026-11-26T15:00:01.000Z', null)).toBe('near')
  })

  it('is calm a day and more before the stay where the municipality has no rule', () => {
    expect(urgencyAt('2026-11-26T15:00:00.000Z', null)).toBe('calm')
  })
})

describe('time left as people say it', () => {
  it('rounds down, so 1 hour 59 minutes is one hour', () => {
    expect(timeSpan(119 * 60_000)).toEqual({ unit: 'hour', value: 1 })
  })

  it('says under a minute for the last seconds', () => {
    expect(timeSpan(59_999)).toEqual({ unit: 'underAMinute' })
  })

  it('counts minutes under an hour', () => {
    expect(timeSpan(45 * 60_000)).toEqual({ unit: 'minute', value: 45 })
  })

  it('says one minute, one hour and two days from their first moment', () => {
    expect([timeSpan(60_000), timeSpan(3600_000), timeSpan(48 * 3600_000)]).toEqual([
      { unit: 'minute', value: 1 },
      { unit: 'hour', value: 1 },
      { unit: 'day', value: 2 },
    ])
  })

  it('counts days from two days on', () => {
    expect(timeSpan(50 * 3600_000)).toEqual({ unit: 'day', value: 2 })
  })

  it('counts the calendar day in Norway, not on the phone', () => {
    // 23.30 in Oslo on the 25th is already the 26th in UTC; the deadline is tomorrow in Norway.
    expect(calendarDaysUntil('2026-11-26T14:00:00.000Z', at('2026-11-25T22:30:00.000Z'), 'Europe/Oslo')).toBe(1)
  })
})
