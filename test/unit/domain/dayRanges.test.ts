import { describe, expect, it } from 'vitest'
import { formatDayRange } from '../../../src/domain/dayRanges'

const at = (date: string) => `${date}T15:00:00.000Z`

describe('the days a stay covers, as one range', () => {
  it('writes a weekend within a month once with its month', () => {
    expect(formatDayRange(at('2026-12-11'), at('2026-12-13'), 'nb')).toBe('11.–13. desember')
    expect(formatDayRange(at('2026-12-11'), at('2026-12-13'), 'en')).toBe('11\u2009–\u200913 December')
  })

  it('names both months across a month’s end', () => {
    expect(formatDayRange(at('2026-11-30'), at('2026-12-02'), 'nn')).toBe('30. november–2. desember')
  })

  it('names both years across New Year', () => {
    expect(formatDayRange(at('2026-12-30'), at('2027-01-02'), 'nb')).toBe('30. desember 2026–2. januar 2027')
  })

  it('writes one day once', () => {
    expect(formatDayRange(at('2026-12-11'), '2026-12-11T20:00:00.000Z', 'en')).toBe('11 December')
  })

  it('names the days in Norwegian time: 00.30 on the 12th is the 12th', () => {
    expect(formatDayRange('2026-12-11T23:30:00.000Z', '2026-12-13T22:30:00.000Z', 'nb')).toBe('12.–13. desember')
  })
})
