import { describe, expect, it } from 'vitest'
import { dayListDays } from '../../../src/domain/dayListDays'

const OSLO = 'Europe/Oslo'
const weekend = { name: 'Ida', start: '2026-12-11T16:00:00.000Z', end: '2026-12-13T15:00:00.000Z' }
const dayOffer = { name: 'Noah', start: '2026-12-12T08:00:00.000Z', end: '2026-12-12T14:00:00.000Z' }
const names = (items: { name: string }[]) => items.map((item) => item.name)
const list = (items: (typeof weekend)[], from: string, to: string) =>
  dayListDays(items, (item) => item, { from, to }, OSLO)

describe("the respite home's list, day by day", () => {
  it('has one day for each day asked for, in order', () => {
    expect(list([], '2026-12-11', '2026-12-17').map((day) => day.date)).toEqual([
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
      '2026-12-14',
      '2026-12-15',
      '2026-12-16',
      '2026-12-17',
    ])
  })

  it('lists a weekend stay as arriving on Friday, there all Saturday and leaving on Sunday', () => {
    const [friday, saturday, sunday] = list([weekend], '2026-12-11', '2026-12-13')
    expect([names(friday!.arriving), names(friday!.staying), names(friday!.leaving)]).toEqual([['Ida'], [], []])
    expect([names(saturday!.arriving), names(saturday!.staying), names(saturday!.leaving)]).toEqual([[], ['Ida'], []])
    expect([names(sunday!.arriving), names(sunday!.staying), names(sunday!.leaving)]).toEqual([[], [], ['Ida']])
  })

  it('lists a day offer as an arrival only', () => {
    const [saturday] = list([dayOffer], '2026-12-12', '2026-12-12')
    expect([names(saturday!.arriving), names(saturday!.leaving), names(saturday!.staying)]).toEqual([['Noah'], [], []])
  })

  it('reads the days on the Norwegian clock: a stay from 00:30 Norwegian time arrives that day, not the one before', () => {
    const night = { name: 'Maja', start: '2026-12-13T23:30:00.000Z', end: '2026-12-15T10:00:00.000Z' }
    const [sunday, monday] = list([night], '2026-12-13', '2026-12-14')
    expect(names(sunday!.arriving)).toEqual([])
    expect(names(monday!.arriving)).toEqual(['Maja'])
  })
})
