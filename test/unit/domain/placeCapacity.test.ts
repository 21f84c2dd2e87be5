import { describe, expect, it } from 'vitest'
import {
  closedDaysOf,
  closedPeriodOn,
  daysTaken,
  dayState,
  fullDaysOf,
  isOpenOn,
  noLimit,
  occupancy,
} from '../../../src/domain/placeCapacity'
import type { PlaceCapacity } from '../../../src/protocol/planning'
import { aStay } from '../../support/builders'

const OSLO = 'Europe/Oslo'
const weekend = { start: '2026-12-04T15:00:00.000Z', end: '2026-12-06T15:00:00.000Z' } // Fri 16.00 – Sun 16.00
const nextWeekend = { start: '2026-12-06T15:00:00.000Z', end: '2026-12-08T15:00:00.000Z' } // Sun 16.00 – Tue 16.00
const wednesday = { start: '2026-12-09T08:00:00.000Z', end: '2026-12-09T14:00:00.000Z' } // 09.00–15.00
const twoBeds: PlaceCapacity = { unit: 'beds', size: 2, openDays: [1, 2, 3, 4, 5, 6, 7], closed: [] }
const dayPlaces: PlaceCapacity = { unit: 'dayPlaces', size: 1, openDays: [1, 2, 3, 4, 5], closed: [] }
const stayAt = (times: { start: string; end: string }, status: 'planned' | 'cancelledByMunicipality' = 'planned') =>
  aStay({ recipientId: 'r', placeId: 'p', ...times, status })

describe('the days a stay takes at a place', () => {
  it('takes the nights of a weekend, Friday and Saturday', () => {
    expect(daysTaken(weekend, 'beds', OSLO)).toEqual(['2026-12-04', '2026-12-05'])
  })

  it('takes the day of a stay within one day, at a place that counts nights', () => {
    expect(daysTaken(wednesday, 'rooms', OSLO)).toEqual(['2026-12-09'])
  })

  it('takes every day a day offer touches, and not the day it ends at midnight', () => {
    expect(daysTaken(wednesday, 'dayPlaces', OSLO)).toEqual(['2026-12-09'])
    const twoDays = { start: '2026-12-08T23:00:00.000Z', end: '2026-12-10T23:00:00.000Z' } // Wed 00.00 – Fri 00.00
    expect(daysTaken(twoDays, 'dayPlaces', OSLO)).toEqual(['2026-12-09', '2026-12-10'])
  })
})

describe('when a place is open', () => {
  it('is closed on a weekday it does not open and in a closed period', () => {
    const capacity = { openDays: [1, 2, 3, 4, 5], closed: [{ from: '2026-12-24', to: '2027-01-01', note: 'Jul' }] }
    expect(isOpenOn(capacity, '2026-12-09')).toBe(true)
    expect(isOpenOn(capacity, '2026-12-12')).toBe(false) // Saturday
    expect(isOpenOn(capacity, '2026-12-28')).toBe(false) // Monday in the Christmas closing
    expect(isOpenOn(capacity, '2027-01-04')).toBe(true)
  })

  it('names the closed days a plan takes', () => {
    expect(
      closedDaysOf(dayPlaces, [{ start: '2026-12-11T08:00:00.000Z', end: '2026-12-12T14:00:00.000Z' }], OSLO),
    ).toEqual(['2026-12-12'])
  })

  it('names the closed days of a series once each, in order, whatever order its stays come in', () => {
    const fridays = [
      { start: '2026-12-18T08:00:00.000Z', end: '2026-12-19T14:00:00.000Z' },
      { start: '2026-12-11T08:00:00.000Z', end: '2026-12-12T14:00:00.000Z' },
      { start: '2026-12-11T08:00:00.000Z', end: '2026-12-12T14:00:00.000Z' },
    ]
    expect(closedDaysOf(dayPlaces, fridays, OSLO)).toEqual(['2026-12-12', '2026-12-19'])
  })
})

describe('a full place', () => {
  it('is full on a night where two beds already hold two children', () => {
    expect(fullDaysOf(twoBeds, [stayAt(weekend), stayAt(weekend)], [weekend], OSLO)).toEqual([
      '2026-12-04',
      '2026-12-05',
    ])
  })

  it('has room for a stay beginning the day another ends', () => {
    const oneBed = { ...twoBeds, size: 1 }
    expect(fullDaysOf(oneBed, [stayAt(weekend)], [nextWeekend], OSLO)).toEqual([])
  })

  it('does not count a cancelled stay', () => {
    expect(fullDaysOf(twoBeds, [stayAt(weekend), stayAt(weekend, 'cancelledByMunicipality')], [weekend], OSLO)).toEqual(
      [],
    )
  })

  it('names the full nights in order, whatever order the plan’s stays come in', () => {
    const oneBed = { ...twoBeds, size: 1 }
    expect(fullDaysOf(oneBed, [stayAt(weekend), stayAt(nextWeekend)], [nextWeekend, weekend], OSLO)).toEqual([
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
      '2026-12-07',
    ])
  })

  it('counts the stays of one series against each other', () => {
    expect(fullDaysOf({ ...twoBeds, size: 1 }, [], [weekend, weekend], OSLO)).toEqual(['2026-12-04', '2026-12-05'])
  })
})

describe('the grid of a place', () => {
  it('shows a day free when the stay on it is cancelled', () => {
    expect(
      occupancy(dayPlaces, [stayAt(wednesday, 'cancelledByMunicipality')], '2026-12-09', '2026-12-09', OSLO),
    ).toEqual([{ day: '2026-12-09', open: true, stayIds: [], size: 1 }])
  })

  it('lists each day with the stays it holds and whether it is open', () => {
    const held = stayAt(wednesday)
    expect(occupancy(dayPlaces, [held], '2026-12-09', '2026-12-10', OSLO)).toEqual([
      { day: '2026-12-09', open: true, stayIds: [held.id], size: 1 },
      { day: '2026-12-10', open: true, stayIds: [], size: 1 },
    ])
  })

  it('is full when the stays fill the place, overbooked past it, and closed before either', () => {
    expect(dayState(twoBeds, { open: true, taken: 1 })).toBe('free')
    expect(dayState(twoBeds, { open: true, taken: 2 })).toBe('full')
    expect(dayState(twoBeds, { open: true, taken: 3 })).toBe('over')
    expect(dayState(twoBeds, { open: false, taken: 2 })).toBe('closed')
  })

  it('has no full or closed day at a place with no limit, counted by days for a day offer', () => {
    expect(dayState(null, { open: true, taken: 40 })).toBe('free')
    expect(noLimit('dayOffer').unit).toBe('dayPlaces')
    expect(noLimit('municipalUnit').unit).toBe('children')
  })

  it('keeps a place with no limit open every day of the week, with no closed period', () => {
    const always = noLimit('municipalUnit')
    const aWeek = ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13']
    expect(aWeek.map((day) => isOpenOn(always, day))).toEqual([true, true, true, true, true, true, true])
    expect(always.closed).toEqual([])
  })

  it('names the closed period a day falls in, and none for a weekday it never opens', () => {
    const christmas = { from: '2026-12-24', to: '2027-01-01', note: 'Juleferie' }
    const capacity = { ...dayPlaces, closed: [christmas] }
    expect(closedPeriodOn(capacity, '2026-12-31')).toEqual(christmas)
    expect(closedPeriodOn(capacity, '2026-12-12')).toBeUndefined()
    expect(isOpenOn(capacity, '2026-12-12')).toBe(false)
  })
})
