import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { localDateOf } from '../../../src/domain/localDates'
import {
  formatDayFromToday,
  formatDate,
  formatDateAndTime,
  formatDateLong,
  formatDateNumeric,
  formatDateWithYear,
  formatDayLong,
  formatDayAndTime,
  formatDayNumeric,
  formatDayShort,
  formatDayShortNear,
  formatMonthYear,
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

describe('the day of a moment, seen from today', () => {
  // Monday 23 November 2026, 00.30 in Norway (still Sunday in UTC).
  const justAfterMidnight = Date.parse('2026-11-22T23:30:00.000Z')

  it('names no day for a moment earlier today in Norway', () => {
    expect(formatDayFromToday('2026-11-22T23:10:00.000Z', justAfterMidnight, 'nb')).toBeNull()
  })

  it('says "i går" for a moment before midnight in Norway, though it is the same day in UTC', () => {
    expect(formatDayFromToday('2026-11-22T22:50:00.000Z', justAfterMidnight, 'nb')).toBe('i går')
  })

  it('says "i morgen" for the first of the month seen from the last of the one before', () => {
    expect(formatDayFromToday('2026-12-01T09:00:00.000Z', Date.parse('2026-11-30T20:00:00.000Z'), 'nb')).toBe(
      'i morgen',
    )
  })

  it('gives the weekday and date further back, with the year when it is another', () => {
    expect(formatDayFromToday('2026-11-20T12:00:00.000Z', justAfterMidnight, 'nb')).toBe('fre. 20.11.')
    expect(formatDayFromToday('2025-12-30T12:00:00.000Z', justAfterMidnight, 'nb')).toBe('tir. 30.12.2025')
  })
})

const FRIDAY = '2026-11-27T15:00:00.000Z'

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

describe('dates in each of the app’s languages', () => {
  it.each([
    ['nb', 'fredag 27. november', 'fre. 27.11.', 'fredag 27.11.', '27. november 2026'],
    ['nn', 'fredag 27. november', 'fre. 27.11.', 'fredag 27.11.', '27. november 2026'],
    ['en', 'Friday 27 November', 'Fri 27/11', 'Friday 27/11', '27 November 2026'],
  ] as const)('writes a day in %s with the language’s own names', (locale, long, short, numeric, withYear) => {
    expect(formatDayLong(FRIDAY, locale)).toBe(long)
    expect(formatDayShort(FRIDAY, locale)).toBe(short)
    expect(formatDayNumeric(FRIDAY, locale)).toBe(numeric)
    expect(formatDate(FRIDAY, locale)).toBe(withYear)
  })

  it('names every weekday in Nynorsk, not in Bokmål', () => {
    const week = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']
    expect(week.map((date) => formatDateLong(date, 'nn').split(' ')[0])).toEqual([
      'måndag',
      'tysdag',
      'onsdag',
      'torsdag',
      'fredag',
      'laurdag',
      'søndag',
    ])
    expect(formatWeekdayShort('2026-11-28', 'nn')).toBe('lau.')
  })

  it('adds the year to a short day in another year than today', () => {
    expect(formatDayShortNear('2027-01-08T15:00:00.000Z', Date.parse(FRIDAY), 'nb')).toBe('fre. 08.01.2027')
    expect(formatDayShortNear('2027-01-08T15:00:00.000Z', Date.parse(FRIDAY), 'en')).toBe('Fri 08/01/2027')
  })

  it('takes the day from Norwegian time, so 00.30 on a Saturday in Oslo is Saturday', () => {
    expect(formatDayLong('2026-11-27T23:30:00.000Z', 'nb')).toBe('lørdag 28. november')
  })

  it('writes a month and a form’s date', () => {
    expect(formatMonthYear('2026-12', 'nn')).toBe('desember 2026')
    expect(formatMonthYear('2026-12', 'en')).toBe('December 2026')
    expect(formatDateNumeric('2027-08-01')).toBe('01.08.2027')
    expect(formatDateWithYear('2026-01-01', 'nb')).toBe('1. januar 2026')
  })
})

describe('dates in a browser that has no Nynorsk', () => {
  // Chromium ships no Nynorsk date data: asked for nn-NO, its Intl answers in the browser's own language.
  const Original = Intl.DateTimeFormat
  beforeEach(() => {
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(
      (locales, options) =>
        new Original(
          locales === 'nn-NO' || (Array.isArray(locales) && locales[0] === 'nn-NO') ? 'en-US' : locales,
          options,
        ),
    )
  })
  afterEach(() => vi.restoreAllMocks())

  it('still writes Nynorsk days and months', () => {
    expect(formatDayLong('2026-12-06T11:00:00.000Z', 'nn')).toBe('søndag 6. desember')
    expect(formatDayShort('2026-12-07T11:00:00.000Z', 'nn')).toBe('mån. 07.12.')
  })
})
