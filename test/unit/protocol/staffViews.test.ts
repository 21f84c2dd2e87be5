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
