import { describe, expect, it } from 'vitest'
import { PLACE_NIGHTS_MAX_DAYS, PlaceNights, PlaceNightsQuery } from '../../../src/protocol/placeNights'
import { anId, aPlace } from '../../support/builders'

const issuesOf = (query: { from: string; to: string }) =>
  PlaceNightsQuery.safeParse(query).error?.issues.map(({ message, path }) => ({ message, path }))

describe('asking for a place’s nights', () => {
  it('takes two months at most: December and January, not a day more', () => {
    expect(PLACE_NIGHTS_MAX_DAYS).toBe(62)
    expect(issuesOf({ from: '2026-12-01', to: '2027-01-31' })).toBeUndefined()
    expect(issuesOf({ from: '2026-12-01', to: '2027-02-01' })).toEqual([
      { message: 'at most 62 days at a time', path: ['to'] },
    ])
  })

  it('refuses nights that end before they start', () => {
    expect(issuesOf({ from: '2026-12-02', to: '2026-12-01' })).toEqual([
      { message: 'to must not be before from', path: ['to'] },
    ])
  })
})

describe('a place’s nights', () => {
  const night = (taken: number) => ({
    day: '2026-12-24',
    open: false,
    closedNote: 'Jul',
    taken,
    children: [{ stayId: anId(), householdId: anId(), recipientId: anId(), name: 'Emma' }],
  })
  const nights = (taken: number) => ({
    place: { ...aPlace(), capacity: null },
    from: '2026-12-24',
    to: '2026-12-24',
    nights: [night(taken)],
  })

  it('carries each day open or closed, the stays it holds and which children', () => {
    const one = nights(1)
    expect(PlaceNights.parse(one)).toEqual(one)
  })

  it('holds no stays at the least', () => {
    expect([PlaceNights.safeParse(nights(0)).success, PlaceNights.safeParse(nights(-1)).success]).toEqual([true, false])
  })
})
