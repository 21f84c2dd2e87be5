import { describe, expect, it } from 'vitest'
import { seriesOf } from '../../../src/domain/staySeries'

const OSLO = 'Europe/Oslo'
const friday = { start: '2026-10-16T14:00:00.000Z', end: '2026-10-18T14:00:00.000Z' } // Fri 16.00 – Sun 16.00

describe('a series of stays', () => {
  it('plans every other weekend at 16.00 Norwegian time, also after the clocks go back', () => {
    const series = seriesOf(friday, 'everyOtherWeek', 3, OSLO)
    expect(series.map((stay) => stay.start)).toEqual([
      '2026-10-16T14:00:00.000Z',
      '2026-10-30T15:00:00.000Z',
      '2026-11-13T15:00:00.000Z',
    ])
  })

  it('plans a single stay when it does not repeat', () => {
    expect(seriesOf(friday, 'once', 5, OSLO)).toEqual([friday])
  })
})
