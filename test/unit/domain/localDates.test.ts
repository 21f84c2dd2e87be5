import { describe, expect, it } from 'vitest'
import {
  addDays,
  instantOfLocal,
  isoWeekNumber,
  isYearMonth,
  localDateOf,
  localTimeOf,
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
