import { describe, expect, it } from 'vitest'
import { localDateOf } from '../../../src/domain/localDates'
import {
  formatDate,
  formatDateAndTime,
  formatDateLong,
  formatDateNumeric,
  formatDateWithYear,
  formatDayAndTime,
  formatDayLong,
  formatDayNumeric,
  formatDayShort,
  formatDayShortNear,
  formatMonthYear,
  formatNearDay,
  formatRelative,
  formatTime,
  formatWeekday,
  formatWeekdayShort,
} from '../../../src/domain/norwegianDates'
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

describe('a stay’s day and time in a sentence', () => {
  const friday = '2026-11-27T15:00:00.000Z'

  it('writes the weekday, and the weekday with the date in words', () => {
    expect([formatWeekday(friday, 'nb'), formatDayLong(friday, 'nn')]).toEqual(['fredag', 'fredag 27. november'])
  })

  it('writes a short date with its time', () => {
    expect(formatDayAndTime(friday, 'nb')).toBe('fre. 27.11. 16.00')
  })

  it('writes a date with its year, alone and with its time', () => {
    expect([formatDate(friday, 'nb'), formatDateAndTime(friday, 'en')]).toEqual([
      '27. november 2026',
      '27 November 2026 16:00',
    ])
  })

  it('adds the year to a short date in another year than today, and only then', () => {
    expect([
      formatDayShortNear(friday, Date.parse('2027-01-02T10:00:00.000Z'), 'nb'),
      formatDayShortNear(friday, Date.parse('2026-01-02T10:00:00.000Z'), 'nb'),
    ]).toEqual(['fre. 27.11.2026', 'fre. 27.11.'])
  })

  it('counts the year in Norwegian time: 00.30 on New Year’s Day is the new year', () => {
    const newYearsNight = '2026-12-31T23:30:00.000Z'
    expect(formatDayShortNear(newYearsNight, Date.parse('2027-01-01T10:00:00.000Z'), 'nb')).toBe('fre. 01.01.')
  })
})

describe('a calendar day in a sentence', () => {
  it('writes the weekday with the date in words, and a date with its year', () => {
    expect([formatDateLong('2026-11-27', 'nb'), formatDateWithYear('2026-01-01', 'nb')]).toEqual([
      'fredag 27. november',
      '1. januar 2026',
    ])
  })

  it('writes a day in a form as 01.08.2027', () => {
    expect(formatDateNumeric('2027-08-01')).toBe('01.08.2027')
  })

  it('writes a short weekday over the month grid, and the month with its year', () => {
    expect([formatWeekdayShort('2026-11-23', 'nb'), formatMonthYear('2026-11', 'nb')]).toEqual([
      'man.',
      'november 2026',
    ])
  })
})

describe('near days and spans of time in words', () => {
  it('says yesterday, today and tomorrow, and nothing further off', () => {
    expect([-1, 0, 1, 2, -2].map((days) => formatNearDay(days, 'nb'))).toEqual([
      'i går',
      'i dag',
      'i morgen',
      undefined,
      undefined,
    ])
  })

  it('says a span in figures, never as a named day, in the past and in the future', () => {
    expect([
      formatRelative(1, 'day', 'nb'),
      formatRelative(2, 'day', 'nb'),
      formatRelative(-5, 'minute', 'nb'),
    ]).toEqual(['om 1 døgn', 'om 2 døgn', 'for 5 minutter siden'])
  })

  it('says them in each language the reader chose, one after the other', () => {
    expect([formatNearDay(1, 'nb'), formatNearDay(1, 'en'), formatRelative(2, 'day', 'en')]).toEqual([
      'i morgen',
      'tomorrow',
      'in 2 days',
    ])
  })
})
