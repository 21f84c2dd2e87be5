import { describe, expect, it } from 'vitest'
import { localDateOf } from '../../../src/domain/localDates'
import { formatDayFromToday, formatDayNumeric, formatDayShort, formatTime } from '../../../src/domain/norwegianDates'
import { NORWEGIAN_TIME_ZONE } from '../../../src/domain/zonedTime'

describe('dates and times as Norwegians write them', () => {
  it('writes the time of day on a 24-hour clock with a full stop, in Norwegian time', () => {
    expect(formatTime('2026-11-27T15:00:00.000Z', 'nb')).toBe('16.00')
  })

  it('writes the time in Norwegian summer time in July', () => {
    expect(formatTime('2026-07-10T14:30:00.000Z', 'nn')).toBe('16.30')
  })

  it('writes an English time with a colon on the 24-hour clock', () => {
    expect(formatTime('2026-11-27T21:05:00.000Z', 'en')).toBe('22:05')
  })

  it('writes a short date with weekday, day and month', () => {
    expect(formatDayShort('2026-11-27T15:00:00.000Z', 'nb')).toBe('fre. 27.11.')
  })

  it('puts a stay starting 00.30 Norwegian time on its Norwegian day', () => {
    expect(localDateOf(Date.parse('2026-11-27T23:30:00.000Z'), NORWEGIAN_TIME_ZONE)).toBe('2026-11-28')
  })

  it('writes the full weekday and the day and month in figures in a notice, in nb and nn', () => {
    expect(formatDayNumeric('2026-11-28T15:00:00.000Z', 'nb')).toBe('lørdag 28.11.')
    expect(formatDayNumeric('2026-11-28T15:00:00.000Z', 'nn')).toBe('laurdag 28.11.')
  })
})

describe('the day of a moment, seen from today', () => {
  // Monday 23 November 2026, 00.30 in Norway (still Sunday in UTC).
  const justAfterMidnight = Date.parse('2026-11-22T23:30:00.000Z')

  it('names no day for a moment earlier today in Norway', () => {
    expect(formatDayFromToday('2026-11-22T23:10:00.000Z', justAfterMidnight, 'nb')).toBeNull()
  })

  it('says "i går" for a moment before midnight in Norway, though it is the same day in UTC', () => {
    expect(formatDayFromToday('2026-11-22T22:50:00.000Z', justAfterMidnight, 'nb')).toBe('i går')
  })

  it('gives the weekday and date further back, with the year when it is another', () => {
    expect(formatDayFromToday('2026-11-20T12:00:00.000Z', justAfterMidnight, 'nb')).toBe('fre. 20.11.')
    expect(formatDayFromToday('2025-12-30T12:00:00.000Z', justAfterMidnight, 'nb')).toBe('tir. 30.12.2025')
  })
})
