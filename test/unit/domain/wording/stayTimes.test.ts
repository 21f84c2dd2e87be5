import { describe, expect, it } from 'vitest'
import { formatStayTimes } from '../../../../src/domain/wording/stayTimes'

const friday = '2026-11-27T15:00:00.000Z'
const sunday = '2026-11-29T15:00:00.000Z'

describe('a stay’s times as one span', () => {
  it.each([
    ['nb', 'fre. 27.11. 16.00 – søn. 29.11. 16.00'],
    ['nn', 'fre. 27.11. 16.00 – søn. 29.11. 16.00'],
    ['en', 'Fri 27/11 16:00 – Sun 29/11 16:00'],
  ] as const)('writes a weekend from start to end in %s', (locale, expected) => {
    expect(formatStayTimes(friday, sunday, locale)).toBe(expected)
  })

  it('leaves out the end’s day within one day', () => {
    expect(formatStayTimes('2026-11-25T08:00:00.000Z', '2026-11-25T14:00:00.000Z', 'nn')).toBe(
      'ons. 25.11. 09.00 – 15.00',
    )
  })

  it('gives a day in another year than now its year', () => {
    const now = Date.parse('2026-12-20T12:00:00.000Z')
    expect(formatStayTimes('2026-12-31T15:00:00.000Z', '2027-01-02T15:00:00.000Z', 'nb', now)).toBe(
      'tor. 31.12. 16.00 – lør. 02.01.2027 16.00',
    )
  })

  it('gives no year without a now to compare with, whatever year the stay is in', () => {
    expect(formatStayTimes('2001-11-23T15:00:00.000Z', '2001-11-25T15:00:00.000Z', 'nb')).toBe(
      'fre. 23.11. 16.00 – søn. 25.11. 16.00',
    )
  })
})
