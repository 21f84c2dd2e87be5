import { describe, expect, it } from 'vitest'
import {
  CapacityUnit,
  ClosedPeriod,
  ConflictCode,
  OverrideRecord,
  PlaceCapacity,
  PlanningConflict,
  PlanningOverride,
  StaffPlace,
  Weekday,
} from '../../../src/protocol/planning'
import { anId, aPlace } from '../../support/builders'
import { acceptedAmong, problemWith, refusedAmong } from '../../support/schemaChecks'

const christmas = { from: '2026-12-24', to: '2026-12-26', note: 'Jul' }
const capacity = (overrides: Partial<PlaceCapacity> = {}): PlaceCapacity => ({
  unit: 'beds',
  size: 4,
  openDays: [5, 6, 7],
  closed: [christmas],
  ...overrides,
})
const start = '2026-12-04T15:00:00.000Z'

describe('a place’s capacity', () => {
  it('is counted in beds, rooms, children or day places', () => {
    expect(CapacityUnit.options).toEqual(['beds', 'rooms', 'children', 'dayPlaces'])
  })

  it('names weekdays 1 for Monday to 7 for Sunday, and no other number', () => {
    expect(refusedAmong(Weekday, [1, 7])).toEqual([])
    expect(acceptedAmong(Weekday, [0, 8, 1.5])).toEqual([])
  })

  it('is kept exactly as staff set it', () => {
    expect(PlaceCapacity.parse(capacity())).toEqual(capacity())
  })

  it('has a size from 1 to 500', () => {
    expect(refusedAmong(PlaceCapacity, [capacity({ size: 1 }), capacity({ size: 500 })])).toEqual([])
    expect(acceptedAmong(PlaceCapacity, [capacity({ size: 0 }), capacity({ size: 501 })])).toEqual([])
  })

  it('is open on one weekday at least and at most on all seven', () => {
    const open = (openDays: number[]) => capacity({ openDays })
    expect(refusedAmong(PlaceCapacity, [open([3]), open([1, 2, 3, 4, 5, 6, 7])])).toEqual([])
    expect(acceptedAmong(PlaceCapacity, [open([])])).toEqual([])
  })

  it('names each open weekday once', () => {
    expect(problemWith(PlaceCapacity, capacity({ openDays: [5, 5] }))).toBe('each weekday once')
  })

  it('may have no closed period, and up to 100 of them', () => {
    const closed = (count: number) => capacity({ closed: Array.from({ length: count }, () => christmas) })
    expect(refusedAmong(PlaceCapacity, [closed(0), closed(100)])).toEqual([])
    expect(acceptedAmong(PlaceCapacity, [closed(101)])).toEqual([])
  })
})

describe('a period a place is closed', () => {
  it('is kept exactly as staff set it', () => {
    expect(ClosedPeriod.parse(christmas)).toEqual(christmas)
  })

  it('may be a single day', () => {
    expect(refusedAmong(ClosedPeriod, [{ ...christmas, to: christmas.from }])).toEqual([])
  })

  it('must not end before it starts, and says so at its end', () => {
    expect(ClosedPeriod.safeParse({ ...christmas, to: '2026-12-23' }).error?.issues).toEqual([
      expect.objectContaining({ message: 'the period must not end before it starts', path: ['to'] }),
    ])
  })

  it('has a note of at most 200 characters', () => {
    expect(refusedAmong(ClosedPeriod, [{ ...christmas, note: 'x'.repeat(200) }])).toEqual([])
    expect(acceptedAmong(ClosedPeriod, [{ ...christmas, note: 'x'.repeat(201) }])).toEqual([])
  })
})

describe('a place as staff see it', () => {
  it('keeps its capacity, or null where none is set', () => {
    const place = aPlace()
    expect(StaffPlace.parse({ ...place, capacity: capacity() })).toEqual({ ...place, capacity: capacity() })
    expect(StaffPlace.parse({ ...place, capacity: null })).toEqual({ ...place, capacity: null })
  })
})

describe('what a plan collides with', () => {
  const other = { stayId: anId(), placeId: anId(), placeName: 'Solsikken', start, end: '2026-12-06T15:00:00.000Z' }
  const beyond = (unit: string, period: string) => ({
    code: 'beyond_decision',
    start,
    decisionId: anId(),
    unit,
    period,
    periodFrom: '2026-12-01',
    granted: 4,
    already: 3,
    planned: 2,
  })
  const conflicts = [
    { code: 'past_date', start },
    { code: 'kind_mismatch', start, kind: 'municipalUnit', placeKind: 'dayOffer' },
    { code: 'double_booked', start, other },
    { code: 'place_closed', start, days: ['2026-12-24', '2026-12-25'] },
    { code: 'place_full', start, days: ['2026-12-04', '2026-12-05'], unit: 'beds', size: 4 },
    { code: 'no_decision', start, kind: 'dayOffer' },
    ...['days', 'hours', 'stays'].flatMap((unit) => ['week', 'month', 'year'].map((period) => beyond(unit, period))),
  ]

  it('names seven kinds of collision', () => {
    expect(ConflictCode.options).toEqual([
      'past_date',
      'kind_mismatch',
      'double_booked',
      'place_closed',
      'place_full',
      'no_decision',
      'beyond_decision',
    ])
  })

  it.each(conflicts.map((conflict) => [conflict.code, conflict]))('keeps the facts of a %s', (_, conflict) => {
    expect(PlanningConflict.parse(conflict)).toEqual(conflict)
  })

  it('names at least one day a place is closed or full', () => {
    expect(acceptedAmong(PlanningConflict, [{ code: 'place_closed', start, days: [] }])).toEqual([])
  })
})

describe('letting a plan through anyway', () => {
  const override = { reason: 'Mor er innlagt', accept: ['place_full'] }

  it('is kept with the reason trimmed', () => {
    expect(PlanningOverride.parse({ ...override, reason: '  Mor er innlagt ' })).toEqual(override)
  })

  it('needs a reason of 3 to 500 characters once trimmed', () => {
    const because = (reason: string) => ({ ...override, reason })
    expect(refusedAmong(PlanningOverride, [because('abc'), because('x'.repeat(500))])).toEqual([])
    expect(acceptedAmong(PlanningOverride, [because(' ab  '), because('x'.repeat(501))])).toEqual([])
  })

  it('accepts one collision at least, and at most every kind', () => {
    const accepting = (accept: string[]) => ({ ...override, accept })
    expect(refusedAmong(PlanningOverride, [accepting(['past_date']), accepting(ConflictCode.options)])).toEqual([])
    expect(acceptedAmong(PlanningOverride, [accepting([])])).toEqual([])
  })

  it('is recorded with who let it through, when, why and which collisions', () => {
    const record = { codes: ['place_full'], reason: 'Mor er innlagt', at: start, userName: 'Tone Lunde' }
    expect(OverrideRecord.parse(record)).toEqual(record)
  })
})
