import { describe, expect, it } from 'vitest'
import {
  periodsOfWishes,
  summerDeadlinePassed,
  weekOfPeriod,
  weeksOfSeason,
  wishesOfPeriods,
} from '../../../src/domain/summerWeeks'

// Lunner's summer season 2027: Wednesday 23 June (week 25) to Sunday 15 August (week 32).
const season = { from: '2027-06-23', to: '2027-08-15' }
const weeks = () => weeksOfSeason(season)

describe('the weeks a family can wish for in the summer season', () => {
  it('offers every week the season touches, by its week number', () => {
    expect(weeks().map((week) => week.week)).toEqual([25, 26, 27, 28, 29, 30, 31, 32])
  })

  it('starts the first week on the season’s first day, not on the Monday before it', () => {
    expect(weeks()[0]).toEqual({ week: 25, from: '2027-06-23', to: '2027-06-27' })
  })

  it('runs a week inside the season from Monday to Sunday', () => {
    expect(weeks()[1]).toEqual({ week: 26, from: '2027-06-28', to: '2027-07-04' })
  })

  it('ends the last week on the season’s last day, not on the Sunday after it', () => {
    expect(weeksOfSeason({ from: '2027-06-21', to: '2027-08-11' }).at(-1)).toEqual({
      week: 32,
      from: '2027-08-09',
      to: '2027-08-11',
    })
  })

  it('offers a week whose Monday is the season’s last day', () => {
    expect(weeksOfSeason({ from: '2027-06-21', to: '2027-07-05' }).map((week) => week.week)).toEqual([25, 26, 27])
  })
})

describe('an application from the family’s wishes', () => {
  it('sends first choices before second choices, each in week order', () => {
    expect(periodsOfWishes(weeks(), { 30: 2, 28: 1, 26: 2, 31: 1 })).toEqual([
      { from: '2027-07-12', to: '2027-07-18', priority: 1 },
      { from: '2027-08-02', to: '2027-08-08', priority: 1 },
      { from: '2027-06-28', to: '2027-07-04', priority: 2 },
      { from: '2027-07-26', to: '2027-08-01', priority: 2 },
    ])
  })

  it('sends the weeks in week order whatever order the weeks came in', () => {
    expect(periodsOfWishes([...weeks()].reverse(), { 26: 1, 28: 1 }).map((period) => period.from)).toEqual([
      '2027-06-28',
      '2027-07-12',
    ])
  })

  it('sends nothing for the weeks the family did not wish for', () => {
    expect(periodsOfWishes(weeks(), {})).toEqual([])
  })
})

describe('a saved application shown as wishes again', () => {
  it('gives each period’s week its priority back', () => {
    const periods = [
      { from: '2027-07-12', to: '2027-07-18', priority: 1 },
      { from: '2027-06-28', to: '2027-07-04', priority: 2 },
    ]
    expect(wishesOfPeriods(weeks(), periods)).toEqual({ 28: 1, 26: 2 })
  })

  it('counts a period saved before priorities existed as a first choice', () => {
    expect(wishesOfPeriods(weeks(), [{ from: '2027-07-12', to: '2027-07-18' }])).toEqual({ 28: 1 })
  })

  it('finds the week of a period that only touches its first or last day', () => {
    const periods = [
      { from: '2027-07-04', to: '2027-07-04', priority: 1 },
      { from: '2027-07-19', to: '2027-07-19', priority: 2 },
    ]
    expect(wishesOfPeriods(weeks(), periods)).toEqual({ 26: 1, 29: 2 })
  })

  it('leaves out a period before or after the season', () => {
    const periods = [
      { from: '2027-06-07', to: '2027-06-13', priority: 1 },
      { from: '2027-09-06', to: '2027-09-12', priority: 1 },
    ]
    expect(wishesOfPeriods(weeks(), periods)).toEqual({})
  })

  it('names a saved period by the week it starts in', () => {
    expect(weekOfPeriod({ from: '2027-07-12' })).toBe(28)
  })
})

describe('the summer application deadline', () => {
  const deadline = { applicationDeadline: '2027-03-01T22:59:00.000Z' }

  it('is still open at its own minute', () => {
    expect(summerDeadlinePassed(deadline, Date.parse('2027-03-01T22:59:00.000Z'))).toBe(false)
  })

  it('has passed a millisecond later', () => {
    expect(summerDeadlinePassed(deadline, Date.parse('2027-03-01T22:59:00.001Z'))).toBe(true)
  })
})
