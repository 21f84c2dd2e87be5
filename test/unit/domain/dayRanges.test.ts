import { describe, expect, it } from 'vitest'
import { formatDayRange } from '../../../src/domain/dayRanges'

describe('the days a stay covers, as a message names them', () => {
  it('names a weekend in December as one range', () => {
    expect(formatDayRange('2026-12-12T09:00:00.000Z', '2026-12-14T15:00:00.000Z', 'nb')).toBe('12.–14. desember')
  })

  it('names both months of a stay across a month’s end', () => {
    expect(formatDayRange('2026-11-30T09:00:00.000Z', '2026-12-02T15:00:00.000Z', 'nb')).toBe(
      '30. november–2. desember',
    )
  })

  it('names one day for a stay within a day', () => {
    expect(formatDayRange('2026-12-12T09:00:00.000Z', '2026-12-12T15:00:00.000Z', 'nn')).toBe('12. desember')
  })

  it('names the days in Norwegian time: 00.30 on the 12th is the 12th', () => {
    expect(formatDayRange('2026-12-11T23:30:00.000Z', '2026-12-13T22:30:00.000Z', 'nb')).toBe('12.–13. desember')
  })

  it('words the range in each reader’s language, one after the other', () => {
    const weekend = ['2026-12-12T09:00:00.000Z', '2026-12-14T15:00:00.000Z'] as const
    expect([formatDayRange(...weekend, 'nb'), formatDayRange(...weekend, 'en')]).toEqual([
      '12.–14. desember',
      '12\u2009–\u200914 December',
    ])
  })
})
