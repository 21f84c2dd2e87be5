import { describe, expect, it } from 'vitest'
import {
  AccessLogEntry,
  AccessLogPage,
  PageCursor,
  PageLimit,
  StaffAccessLogQuery,
  StaffChangeRequestsQuery,
  StaffHouseholdDetail,
  StaffHouseholdsQuery,
  StaffMessagesPage,
  StaffMessagesQuery,
  StaffPlacesQuery,
  StaffStayState,
  StaffStaysPage,
  StaffStaysQuery,
  StaffChangeRequestsPage,
  StaffHand,
  StaffAccessLogExportQuery,
  StaffPlanExportQuery,
  StaffUseExportQuery,
  StaffSummerApplicationsPage,
  StaffSummerApplicationsQuery,
} from '../../../src/protocol/staffViews'
import { anId, aRecipient, aStay } from '../../support/builders'
import { aDecision } from '../../support/calendarBuilders'
import { aMessage, aSummerApplication } from '../../support/recordBuilders'
import { aStaffChangeRequest, aStaffHousehold } from '../../support/staffBuilders'
import { acceptedAmong, problemWith, refusedAmong } from '../../support/schemaChecks'

const anEntry = {
  id: '1234',
  at: '2026-11-23T10:00:00.000Z',
  userId: anId(),
  userName: 'Tone Lunde',
  clientId: null,
  action: 'getStaffHousehold',
  householdId: anId(),
  recordId: null,
}

describe('the console’s lists, a page at a time', () => {
  it('takes a cursor from a previous page and says what it expects of one', () => {
    expect(refusedAmong(PageCursor, ['eyJpZCI6MTJ9', 'a-b_c', 'x'.repeat(500)])).toEqual([])
    expect(acceptedAmong(PageCursor, ['', 'x'.repeat(501), 'eyJ=', 'a b'])).toEqual([])
    expect(problemWith(PageCursor, 'a b')).toBe('expected a cursor from a previous page')
  })

  it('reads a page size from the query string, from 1 to 200', () => {
    expect(refusedAmong(PageLimit, ['1', '50', '200'])).toEqual([])
    expect(acceptedAmong(PageLimit, ['0', '201', '2.5'])).toEqual([])
  })

  it.each([
    ['households by name', StaffHouseholdsQuery, { name: 'Berg', limit: '20' }],
    ['places by kind', StaffPlacesQuery, { kind: 'dayOffer' }],
    [
      'stays by day, child, place and state',
      StaffStaysQuery,
      { from: '2026-11-01', to: '2026-11-30', recipientId: anId(), placeId: anId(), state: 'changeRequested' },
    ],
    ['requests waiting for an answer', StaffChangeRequestsQuery, { state: 'pending', cursor: 'eyJpZCI6MTJ9' }],
    ['summer applications of a year', StaffSummerApplicationsQuery, { year: '2027', status: 'submitted' }],
    ['messages to one household', StaffMessagesQuery, { householdId: anId(), kind: 'notice' }],
    ['the access log of one household', StaffAccessLogQuery, { householdId: anId() }],
  ])('filters %s', (_, query, filters) => {
    expect(query.safeParse(filters).success).toBe(true)
  })

  it('refuses a filter a list does not have', () => {
    expect(acceptedAmong(StaffHouseholdsQuery, [{ kind: 'dayOffer' }])).toEqual([])
  })

  it('takes summer applications from the years 2000 to 2100', () => {
    const years = ['2000', '2100', '1999', '2101'].map(
      (year) => StaffSummerApplicationsQuery.safeParse({ year }).success,
    )
    expect(years).toEqual([true, true, false, false])
  })

  it('names the states staff filter stays by, with a request as a state of its own', () => {
    expect(StaffStayState.options).toEqual([
      'planned',
      'changeRequested',
      'changed',
      'cancelledByFamily',
      'cancelledByMunicipality',
    ])
  })
})

describe('what the console reads', () => {
  it('keeps a household with each child’s decisions and their use this period', () => {
    const decision = {
      ...aDecision({ recipientId: anId() }),
      use: { periodFrom: '2026-11-01', periodUntil: '2026-12-01', granted: 12, used: 2, planned: 4, remaining: 6 },
    }
    const household = aStaffHousehold({ recipients: [{ ...aRecipient(), decisions: [decision] }] })
    expect(StaffHouseholdDetail.parse(household)).toEqual(household)
  })

  it.each([
    [
      'stays, each with its household and state',
      StaffStaysPage,
      { ...aStay({ recipientId: anId(), placeId: anId() }), householdId: anId(), state: 'changeRequested' },
    ],
    ['requests, each with its stay and child', StaffChangeRequestsPage, aStaffChangeRequest()],
    [
      'summer applications, each with its household and child',
      StaffSummerApplicationsPage,
      { ...aSummerApplication(), householdId: anId(), recipient: { id: anId(), name: 'Ida' } },
    ],
    ['messages, each with its household', StaffMessagesPage, { ...aMessage(), householdId: anId() }],
  ])('keeps a page of %s', (_, page, item) => {
    const aPage = { items: [item], nextCursor: null }
    expect(page.parse(aPage)).toEqual(aPage)
  })

  it('keeps a page of the access log with the cursor to the next', () => {
    const page = { items: [anEntry], nextCursor: 'eyJpZCI6MTJ9' }
    expect(AccessLogPage.parse(page)).toEqual(page)
  })

  it('refuses an access log entry with a number for an id that is not one, or no action', () => {
    const entries = [
      { ...anEntry, id: '12a' },
      { ...anEntry, id: '1'.repeat(20) },
      { ...anEntry, action: '' },
    ]
    expect(acceptedAmong(AccessLogEntry, entries)).toEqual([])
  })
})

describe('what the access log records', () => {
  it('names the record read or changed in up to 80 characters', () => {
    expect(
      refusedAmong(AccessLogEntry, [
        { ...anEntry, recordId: anId() },
        { ...anEntry, recordId: '7'.repeat(80) },
      ]),
    ).toEqual([])
    expect(acceptedAmong(AccessLogEntry, [{ ...anEntry, recordId: '7'.repeat(81) }])).toEqual([])
  })

  it('is narrowed to an action by its operation id, letters only', () => {
    const action = (name: string) => ({ action: name })
    expect(
      refusedAmong(StaffAccessLogQuery, [action('getStaffHousehold'), action('x'.repeat(80)), action('a')]),
    ).toEqual([])
    const refused = ['', 'x'.repeat(81), 'get-staff', '1get', 'get1', 'get staff']
    expect(acceptedAmong(StaffAccessLogQuery, refused.map(action))).toEqual([])
  })

  it('is exported with the filters it was narrowed by', () => {
    const filters = {
      householdId: anId(),
      userId: anId(),
      action: 'getStaffHousehold',
      from: '2026-11-01',
      to: '2026-11-30',
    }
    expect(StaffAccessLogExportQuery.parse(filters)).toEqual(filters)
  })

  it('says which staff member did something, and when', () => {
    const hand = { userId: anId(), name: 'Tone Lunde', at: '2026-11-23T10:00:00.000Z' }
    expect(StaffHand.parse(hand)).toEqual(hand)
  })
})

describe('the console’s lists of requests', () => {
  it('may show the answered ones, accepted or declined', () => {
    expect(StaffChangeRequestsQuery.parse({ state: 'answered' })).toEqual({ state: 'answered' })
  })
})

describe('a CSV export of plans or use', () => {
  it('covers the days from one to another, a single day at least, for a place where named', () => {
    const range = { from: '2026-12-01', to: '2026-12-01', lang: 'nn', placeId: anId() }
    expect(StaffPlanExportQuery.parse(range)).toEqual(range)
    expect(StaffUseExportQuery.parse({ from: '2026-12-01', to: '2026-12-31' })).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
    })
  })

  it.each([
    ['plans', StaffPlanExportQuery],
    ['use', StaffUseExportQuery],
  ])('of %s must not end before it starts, and says so at its end', (_, schema) => {
    const issues = schema.safeParse({ from: '2026-12-02', to: '2026-12-01' }).error?.issues
    expect(issues?.map(({ message, path }) => ({ message, path }))).toEqual([
      { message: 'must not be before from', path: ['to'] },
    ])
  })
})
