import { describe, expect, it } from 'vitest'
import {
  addDays,
  instantOfLocal,
  isoWeekNumber,
  isYearMonth,
  localDateOf,
  localTimeOf,
  parseClockTime,
  parseNumericDate,
  startOfLocalDate,
  yearMonthOf,
} from '../../../src/domain/localDates'

describe('calendar days in Norway', () => {
  it('puts 00.30 Norwegian time on the Norwegian day', () => {
    expect(localDateOf(Date.parse('2026-11-27T23:30:00.000Z'), 'Europe/Oslo')).toBe('2026-11-28')
  })

  it('begins the day summer time starts at midnight winter time', () => {
    expect(new Date(startOfLocalDate('2026-03-29', 'Europe/Oslo')).toISOString()).toBe('2026-03-28T23:00:00.000Z')
  })

  it('adds days across the end of a year', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  })

  it('finds week 48 for Friday 27 November 2026', () => {
    expect(isoWeekNumber('2026-11-27')).toBe(48)
  })
})

describe('times the family types in', () => {
  it('reads 16.00 on a November day as Norwegian winter time', () => {
    expect(instantOfLocal('2026-11-27', '16:00', 'Europe/Oslo')).toBe('2026-11-27T15:00:00.000Z')
  })

  it('reads 16.00 on a July day as Norwegian summer time', () => {
    expect(instantOfLocal('2026-07-10', '16:00', 'Europe/Oslo')).toBe('2026-07-10T14:00:00.000Z')
  })

  it('reads the minutes of 16.30', () => {
    expect(instantOfLocal('2026-11-27', '16:30', 'Europe/Oslo')).toBe('2026-11-27T15:30:00.000Z')
  })

  it('shows the wall-clock time of an instant in Norway', () => {
    expect(localTimeOf(Date.parse('2026-07-10T14:00:00.000Z'), 'Europe/Oslo')).toBe('16:00')
  })
})

describe('a time typed on a 24-hour clock', () => {
  it('reads 16.00 the Norwegian way', () => {
    expect(parseClockTime('16.00')).toBe('16:00')
  })

  it('reads 7:30, 0730 and a bare hour', () => {
    expect([parseClockTime('7:30'), parseClockTime('0730'), parseClockTime('9')]).toEqual(['07:30', '07:30', '09:00'])
  })

  it('reads spaces around the time and its full stop', () => {
    expect([' 16.00 ', '16 .00', '16. 00'].map(parseClockTime)).toEqual(['16:00', '16:00', '16:00'])
  })

  it('reads the last hour and the last minute of the day', () => {
    expect(['23.00', '16.59'].map(parseClockTime)).toEqual(['23:00', '16:59'])
  })

  it('refuses 24.00, 16.60, 5 pm and words around the time', () => {
    expect(['24.00', '16.60', '5 pm', 'kl 16'].map(parseClockTime)).toEqual([null, null, null, null])
  })

  it('reads a date typed as Norwegians write it, and refuses a day that does not exist', () => {
    expect(parseNumericDate('1.8.2027')).toBe('2027-08-01')
    expect(parseNumericDate('01.08.2027')).toBe('2027-08-01')
    expect(parseNumericDate('31.02.2027')).toBeNull()
    expect(parseNumericDate('2027-08-01')).toBeNull()
  })

  it('reads a date typed with spaces around its parts', () => {
    expect(parseNumericDate(' 1 . 8 . 2027 ')).toBe('2027-08-01')
  })

  it('refuses a thirteenth month, and words around the date', () => {
    expect(['1.13.2027', 'den 1.8.2027', '1.8.2027 kl. 16'].map(parseNumericDate)).toEqual([null, null, null])
  })
})

describe('a month', () => {
  it('is a real YYYY-MM month from January to December', () => {
    expect(
      ['2026-01', '2026-12', '2026-00', '2026-13', '2026-1', '2-11', ' 2026-11', '2026-11-01'].map(isYearMonth),
    ).toEqual([true, true, false, false, false, false, false, false])
  })

  it('is read off a date', () => {
    expect(yearMonthOf('2026-11-27')).toBe('2026-11')
  })
})
