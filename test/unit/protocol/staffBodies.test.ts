import { describe, expect, it } from 'vitest'
import {
  FeedChange,
  MAX_STAYS_PER_SERIES,
  StaffChangeRequestDecision,
  StaffDecisionCreate,
  StaffDecisionPatch,
  StaffMunicipalityUpdate,
  StaffPlaceCapacityUpdate,
  StaffStayPatch,
  StaffStaySeries,
  StaffStaySeriesCreate,
  StaffSummerApplicationAnswer,
} from '../../../src/protocol/api'
import { anId, aStay } from '../../support/builders'
import { acceptedAmong, problemWith, refusedAmong } from '../../support/schemaChecks'

const REASON_NEEDED = { message: 'say why: a reason, and with "other" a note', path: ['reason'] }
const ORDER = { message: 'must not end before it is valid from', path: ['validTo'] }
const issuesOf = (result: { error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues.map(({ message, path }) => ({ message, path }))

describe('a change in the feed', () => {
  const change = { id: anId(), version: 3, deleted: false, data: null }

  it('may name a kind of record this app does not know yet, which it keeps', () => {
    expect(FeedChange.parse({ ...change, entity: 'futureRecord' })).toEqual({ ...change, entity: 'futureRecord' })
  })

  it('names its kind of record in 1 to 80 characters', () => {
    expect(refusedAmong(FeedChange, [{ ...change, entity: 'x'.repeat(80) }])).toEqual([])
    expect(
      acceptedAmong(FeedChange, [
        { ...change, entity: '' },
        { ...change, entity: 'x'.repeat(81) },
      ]),
    ).toEqual([])
  })
})

describe('a series of stays staff plan together', () => {
  const at = (day: number) => ({ start: `2026-12-${day + 10}T15:00:00.000Z`, end: `2026-12-${day + 11}T15:00:00.000Z` })
  const series = (count: number) => ({
    recipientId: anId(),
    placeId: anId(),
    stays: Array.from({ length: count }, (_, day) => at(day % 10)),
  })

  it('is taken as sent', () => {
    const two = series(2)
    expect(StaffStaySeriesCreate.parse(two)).toEqual(two)
  })

  it('holds 1 to 60 stays', () => {
    expect(MAX_STAYS_PER_SERIES).toBe(60)
    expect(refusedAmong(StaffStaySeriesCreate, [series(1), series(60)])).toEqual([])
    expect(acceptedAmong(StaffStaySeriesCreate, [series(0), series(61)])).toEqual([])
  })

  it('comes back as the stays planned', () => {
    const emma = { recipientId: anId(), placeId: anId() }
    const planned = { stays: [aStay(emma), aStay(emma)] }
    expect(StaffStaySeries.parse(planned)).toEqual(planned)
  })
})

describe('a change of a stay by staff', () => {
  it('needs something to change besides the reason, the note or an override', () => {
    const override = { reason: 'Mor er innlagt', accept: ['place_full'] }
    expect(problemWith(StaffStayPatch, { reason: 'noRoom' })).toBe('nothing to change')
    expect(problemWith(StaffStayPatch, { override })).toBe('nothing to change')
  })

  it('cancels only with a reason, said at the reason', () => {
    expect(issuesOf(StaffStayPatch.safeParse({ status: 'cancelledByMunicipality' }))).toEqual([REASON_NEEDED])
  })
})

describe('an answer that says no', () => {
  it('declines a family’s request only with a reason', () => {
    expect(issuesOf(StaffChangeRequestDecision.safeParse({ status: 'declined' }))).toEqual([REASON_NEEDED])
  })

  it('declines a request for another reason only with a note saying it', () => {
    const other = (note: string) => ({ status: 'declined', reason: 'other', note })
    expect(refusedAmong(StaffChangeRequestDecision, [other('Vi har ikke personale.')])).toEqual([])
    expect(acceptedAmong(StaffChangeRequestDecision, [other('  ')])).toEqual([])
  })

  it('declines a summer application only with a reason', () => {
    expect(issuesOf(StaffSummerApplicationAnswer.safeParse({ status: 'declined' }))).toEqual([REASON_NEEDED])
  })
})

describe('a decision staff record', () => {
  const decision = {
    recipientId: anId(),
    kinds: ['municipalUnit', 'dayOffer'],
    amount: 12,
    unit: 'days',
    period: 'month',
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
    notes: 'Vedtak 2026/114',
  }

  it('is taken as sent', () => {
    expect(StaffDecisionCreate.parse(decision)).toEqual(decision)
  })

  it('grants one form of respite at least, each once, and at most all seven', () => {
    const granting = (kinds: string[]) => ({ ...decision, kinds })
    const all = ['home', 'privateProvider', 'supportContact', 'bpa', 'municipalUnit', 'nursingHome', 'dayOffer']
    expect(refusedAmong(StaffDecisionCreate, [granting(['bpa']), granting(all)])).toEqual([])
    expect(acceptedAmong(StaffDecisionCreate, [granting([])])).toEqual([])
    expect(problemWith(StaffDecisionCreate, granting(['bpa', 'bpa']))).toBe('each kind once')
  })

  it('grants more than nothing and at most 10 000', () => {
    const amount = (value: number) => ({ ...decision, amount: value })
    expect(refusedAmong(StaffDecisionCreate, [amount(0.5), amount(10_000)])).toEqual([])
    expect(acceptedAmong(StaffDecisionCreate, [amount(0), amount(10_001)])).toEqual([])
  })

  it('may be valid for a single day, or until further notice', () => {
    const single = { ...decision, validTo: decision.validFrom }
    expect(refusedAmong(StaffDecisionCreate, [single, { ...decision, validTo: null }])).toEqual([])
  })

  it('must not end before it is valid from, and says so at its end', () => {
    const backwards = { ...decision, validFrom: '2026-06-01', validTo: '2026-05-31' }
    expect(issuesOf(StaffDecisionCreate.safeParse(backwards))).toEqual([ORDER])
  })
})

describe('a change of a decision', () => {
  it('needs something to change', () => {
    expect(problemWith(StaffDecisionPatch, {})).toBe('nothing to change')
  })

  it('may change one field alone', () => {
    expect(StaffDecisionPatch.parse({ amount: 6 })).toEqual({ amount: 6 })
    expect(StaffDecisionPatch.parse({ validTo: '2026-06-30' })).toEqual({ validTo: '2026-06-30' })
  })

  it('must not end before it is valid from, when it changes both', () => {
    const backwards = { validFrom: '2026-06-01', validTo: '2026-05-31' }
    expect(issuesOf(StaffDecisionPatch.safeParse(backwards))).toEqual([ORDER])
    expect(refusedAmong(StaffDecisionPatch, [{ validFrom: '2026-06-01', validTo: '2026-06-01' }])).toEqual([])
  })
})

describe('a place’s capacity set by staff', () => {
  it('is set, or taken away with null', () => {
    const capacity = { unit: 'rooms', size: 3, openDays: [1, 2, 3, 4, 5], closed: [] }
    expect(StaffPlaceCapacityUpdate.parse({ capacity })).toEqual({ capacity })
    expect(StaffPlaceCapacityUpdate.parse({ capacity: null })).toEqual({ capacity: null })
  })
})

describe('the municipality’s addresses', () => {
  it('are at most 300 characters each', () => {
    const visiting = (address: string) => ({ visitingAddress: address })
    expect(refusedAmong(StaffMunicipalityUpdate, [visiting('x'.repeat(300))])).toEqual([])
    expect(acceptedAmong(StaffMunicipalityUpdate, [visiting('x'.repeat(301))])).toEqual([])
  })
})
