import { describe, expect, it } from 'vitest'
import {
  daysOfStay,
  monthGrid,
  monthWindow,
  nextMonth,
  previousMonth,
  staysByDay,
} from '../../../src/domain/calendarMonth'

const OSLO = 'Europe/Oslo'

describe('the month view', () => {
  it('starts November 2026 on Monday 26 October, in week 44', () => {
    const weeks = monthGrid('2026-11', '2026-11-15')
    expect(weeks[0]?.week).toBe(44)
    expect(weeks[0]?.days[0]).toEqual({ date: '2026-10-26', inMonth: false, isToday: false })
    expect(weeks.at(-1)?.days.at(-1)?.date).toBe('2026-12-06')
    expect(weeks).toHaveLength(6)
  })

  it('ends May 2026 on Sunday 31 May, without a week of June', () => {
    expect(monthGrid('2026-05', '2026-05-15').at(-1)?.days.at(-1)?.date).toBe('2026-05-31')
  })

  it('tells the month’s own days from the neighbours’ at both edges', () => {
    const days = monthGrid('2026-11', '2026-11-15').flatMap((week) => week.days)
    const inMonth = (date: string) => days.find((day) => day.date === date)?.inMonth
    expect(['2026-10-31', '2026-11-01', '2026-11-30', '2026-12-01'].map(inMonth)).toEqual([false, true, true, false])
  })

  it('marks today', () => {
    const days = monthGrid('2026-11', '2026-11-15').flatMap((week) => week.days)
    expect(days.filter((day) => day.isToday).map((day) => day.date)).toEqual(['2026-11-15'])
  })

  it('numbers the first week of 2027 as week 53 of 2026 where ISO says so', () => {
    expect(monthGrid('2027-01', '2027-01-01')[0]?.week).toBe(53)
  })

  it('bounds a summer month by Norwegian midnight', () => {
    expect(monthWindow('2026-07', OSLO)).toEqual({ from: '2026-06-30T22:00:00.000Z', to: '2026-07-31T22:00:00.000Z' })
  })

  it('bounds the month summer time starts in by winter midnight and summer midnight', () => {
    expect(monthWindow('2026-03', OSLO)).toEqual({ from: '2026-02-28T23:00:00.000Z', to: '2026-03-31T22:00:00.000Z' })
  })

  it('goes from December to January and back', () => {
    expect(nextMonth('2026-12')).toBe('2027-01')
    expect(previousMonth('2027-01')).toBe('2026-12')
  })

  it('shows a weekend stay on each of its days', () => {
    expect(daysOfStay({ start: '2026-11-27T15:00:00.000Z', end: '2026-11-29T15:00:00.000Z' }, OSLO)).toEqual([
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ])
  })

  it('does not show a stay ending at midnight on the next day', () => {
    expect(daysOfStay({ start: '2026-11-27T07:00:00.000Z', end: '2026-11-27T23:00:00.000Z' }, OSLO)).toEqual([
      '2026-11-27',
    ])
  })

  it('shows a stay with a corrupt end date on 400 days at most', () => {
    expect(daysOfStay({ start: '2026-11-27T15:00:00.000Z', end: '2036-11-29T15:00:00.000Z' }, OSLO)).toHaveLength(400)
  })

  it('puts each stay under the days it covers', () => {
    const a = { id: 'a', start: '2026-11-27T15:00:00.000Z', end: '2026-11-28T15:00:00.000Z' }
    const b = { id: 'b', start: '2026-11-28T08:00:00.000Z', end: '2026-11-28T14:00:00.000Z' }
    const byDay = staysByDay([a, b], OSLO)
    expect(byDay.get('2026-11-28')?.map((stay) => stay.id)).toEqual(['a', 'b'])
    expect(byDay.get('2026-11-27')?.map((stay) => stay.id)).toEqual(['a'])
  })
})
