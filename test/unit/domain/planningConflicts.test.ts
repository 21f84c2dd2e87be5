import { describe, expect, it } from 'vitest'
import {
  planningConflicts,
  planningSpan,
  unaccepted,
  type PlanningContext,
} from '../../../src/domain/planningConflicts'
import { seriesOf } from '../../../src/domain/staySeries'
import type { PlaceCapacity } from '../../../src/protocol/planning'
import { aStay } from '../../support/builders'
import { aDecision } from '../../support/calendarBuilders'

const OSLO = 'Europe/Oslo'
const now = Date.parse('2026-12-01T10:00:00.000Z')
const fridayToSunday = { start: '2026-12-18T15:00:00.000Z', end: '2026-12-20T15:00:00.000Z' }
const dayOfferSaturday = { start: '2026-12-19T08:00:00.000Z', end: '2026-12-19T14:00:00.000Z' }
const twoBeds: PlaceCapacity = { unit: 'beds', size: 2, openDays: [1, 2, 3, 4, 5, 6, 7], closed: [] }
const unit = { id: 'unit', kind: 'municipalUnit' as const, capacity: twoBeds }
const noahsDecision = aDecision({ recipientId: 'noah', kinds: ['municipalUnit'], amount: 2, unit: 'stays' })
const noahAt = (placeId: string, times: { start: string; end: string }, placeName = 'Lunner avlastningsbolig') => ({
  ...aStay({ recipientId: 'noah', placeId, ...times }),
  placeName,
})

function context(overrides: Partial<PlanningContext> = {}): PlanningContext {
  return {
    nowMs: now,
    timeZone: OSLO,
    place: unit,
    childStays: [],
    placeStays: [],
    decisions: [noahsDecision],
    ...overrides,
  }
}

const plan = (times = [fridayToSunday], extra: object = {}) => ({
  recipientId: 'noah',
  placeId: 'unit',
  kind: 'municipalUnit' as const,
  times,
  ...extra,
})

describe('a safe plan', () => {
  it('has no collisions: in the future, the place’s kind, the child free, room, within the decision', () => {
    expect(planningConflicts(plan(), context())).toEqual([])
  })
})

describe('collisions of a plan', () => {
  it('finds the child at the respite home when a day offer is planned the same Saturday', () => {
    const atHome = noahAt('unit', fridayToSunday)
    const tunet = { id: 'tunet', kind: 'dayOffer' as const, capacity: null }
    const dayOffer = aDecision({ recipientId: 'noah', kinds: ['dayOffer'] })
    const conflicts = planningConflicts(
      { ...plan([dayOfferSaturday]), placeId: 'tunet', kind: 'dayOffer' },
      context({ place: tunet, childStays: [atHome], decisions: [dayOffer] }),
    )
    expect(conflicts).toEqual([
      {
        code: 'double_booked',
        start: dayOfferSaturday.start,
        other: { stayId: atHome.id, placeId: 'unit', placeName: 'Lunner avlastningsbolig', ...fridayToSunday },
      },
    ])
  })

  it('refuses a date in the past, but lets a stay under way get a new end', () => {
    const yesterday = { start: '2026-11-30T15:00:00.000Z', end: '2026-12-02T15:00:00.000Z' }
    expect(planningConflicts(plan([yesterday]), context())).toEqual([{ code: 'past_date', start: yesterday.start }])
    const longer = { ...yesterday, end: '2026-12-03T15:00:00.000Z' }
    expect(planningConflicts(plan([longer], { before: yesterday }), context())).toEqual([])
  })

  it('lets a stay start at this very minute', () => {
    const startingNow = { start: '2026-12-01T10:00:00.000Z', end: '2026-12-03T10:00:00.000Z' }
    expect(planningConflicts(plan([startingNow]), context())).toEqual([])
  })

  it('lets a past stay be saved again with its times unchanged', () => {
    const lastWeek = { start: '2026-11-20T15:00:00.000Z', end: '2026-11-22T15:00:00.000Z' }
    expect(planningConflicts(plan([lastWeek], { before: lastWeek }), context())).toEqual([])
  })

  it('refuses to move the end of a stay under way into the past, but lets it end at this very minute', () => {
    const underWay = { start: '2026-11-30T15:00:00.000Z', end: '2026-12-02T15:00:00.000Z' }
    const endedYesterday = { ...underWay, end: '2026-11-30T20:00:00.000Z' }
    expect(planningConflicts(plan([endedYesterday], { before: underWay }), context())).toEqual([
      { code: 'past_date', start: underWay.start },
    ])
    const endingNow = { ...underWay, end: '2026-12-01T10:00:00.000Z' }
    expect(planningConflicts(plan([endingNow], { before: underWay }), context())).toEqual([])
  })

  it('lets one stay begin at the hour the child’s other stay ends, and end at the hour the next begins', () => {
    const before = noahAt('unit', { start: '2026-12-16T15:00:00.000Z', end: fridayToSunday.start })
    const after = noahAt('unit', { start: fridayToSunday.end, end: '2026-12-22T15:00:00.000Z' })
    const decisions = [aDecision({ recipientId: 'noah', amount: 10, unit: 'stays' })]
    expect(planningConflicts(plan(), context({ childStays: [before, after], decisions }))).toEqual([])
  })

  it('does not count the child’s cancelled stays, nor another child’s, as double booking', () => {
    const cancelled = { ...noahAt('unit', fridayToSunday), status: 'cancelledByMunicipality' as const }
    const idas = { ...noahAt('unit', fridayToSunday), recipientId: 'ida' }
    expect(planningConflicts(plan(), context({ childStays: [cancelled, idas] }))).toEqual([])
  })

  it('has no collisions for a plan without times, even at a place of another kind', () => {
    expect(planningConflicts({ ...plan([]), kind: 'dayOffer' }, context())).toEqual([])
  })

  it('refuses a kind of stay the place does not offer', () => {
    expect(planningConflicts({ ...plan(), kind: 'dayOffer' }, context()).map((conflict) => conflict.code)).toContain(
      'kind_mismatch',
    )
  })

  it('names the nights a place is full and the nights it is closed', () => {
    const others = [
      aStay({ recipientId: 'ida', placeId: 'unit', ...fridayToSunday }),
      aStay({ recipientId: 'maja', placeId: 'unit', ...fridayToSunday }),
    ]
    const closedSaturday = { ...twoBeds, closed: [{ from: '2026-12-19', to: '2026-12-19', note: '' }] }
    expect(
      planningConflicts(plan(), context({ placeStays: others, place: { ...unit, capacity: closedSaturday } })),
    ).toEqual([
      { code: 'place_closed', start: fridayToSunday.start, days: ['2026-12-19'] },
      { code: 'place_full', start: fridayToSunday.start, days: ['2026-12-18'], unit: 'beds', size: 2 },
    ])
  })

  it('refuses a plan no decision grants', () => {
    expect(planningConflicts(plan(), context({ decisions: [] }))).toEqual([
      { code: 'no_decision', start: fridayToSunday.start, kind: 'municipalUnit' },
    ])
  })

  it('says what the decision grants, what the month holds and what the plan adds', () => {
    const december = [noahAt('unit', { start: '2026-12-04T15:00:00.000Z', end: '2026-12-06T15:00:00.000Z' })]
    const series = seriesOf(fridayToSunday, 'weekly', 2, OSLO) // 18 and 25 December
    expect(planningConflicts(plan(series), context({ childStays: december }))).toEqual([
      {
        code: 'beyond_decision',
        start: fridayToSunday.start,
        decisionId: noahsDecision.id,
        unit: 'stays',
        period: 'month',
        periodFrom: '2026-12-01',
        granted: 2,
        already: 1,
        planned: 2,
      },
    ])
  })

  it('places a month over the decision at its first planned stay, not at the series’ first', () => {
    const series = seriesOf({ start: '2026-12-25T15:00:00.000Z', end: '2026-12-27T15:00:00.000Z' }, 'weekly', 4, OSLO)
    const conflicts = planningConflicts(plan(series), context())
    expect(conflicts.map((conflict) => [conflict.code, conflict.start])).toEqual([
      ['beyond_decision', '2027-01-01T15:00:00.000Z'],
    ])
  })

  it('keeps every collision when no override is given', () => {
    const conflicts = planningConflicts(plan(), context({ decisions: [] }))
    expect(unaccepted(conflicts)).toEqual(conflicts)
  })

  it('leaves out the collisions an override accepts', () => {
    const conflicts = planningConflicts(plan(), context({ decisions: [] }))
    expect(unaccepted(conflicts, ['no_decision'])).toEqual([])
    expect(unaccepted(conflicts, ['place_full'])).toEqual(conflicts)
  })
})

describe('the stays a judge of a plan reads', () => {
  it('reads the whole month of a monthly decision and a day each side of the plan', () => {
    expect(planningSpan(plan(), [noahsDecision], OSLO)).toEqual({ from: '2026-12-01', to: '2026-12-31' })
    expect(planningSpan(plan(), [], OSLO)).toEqual({ from: '2026-12-17', to: '2026-12-21' })
  })

  it('reads from the earliest planned stay and to the latest, in whatever order the times come', () => {
    const later = { start: '2027-03-05T15:00:00.000Z', end: '2027-03-07T15:00:00.000Z' }
    expect(planningSpan(plan([later, fridayToSunday]), [], OSLO)).toEqual({ from: '2026-12-17', to: '2027-03-08' })
  })

  it('reads a day past the month when the plan ends on its last day', () => {
    const newYearsEve = { start: '2026-12-30T15:00:00.000Z', end: '2026-12-31T15:00:00.000Z' }
    expect(planningSpan(plan([newYearsEve]), [noahsDecision], OSLO)).toEqual({ from: '2026-12-01', to: '2027-01-01' })
  })
})
