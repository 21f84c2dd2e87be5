// The routes of API v1 as installed apps, calendar apps and the OpenAPI document rely on them: where each
// lives, who may call it, what a success answers and which refusals it documents.
import { describe, expect, it } from 'vitest'
import { calendarFeedRoutes } from '../../../src/protocol/routes/calendarFeedRoutes'
import { municipalityRoutes } from '../../../src/protocol/routes/municipalityRoutes'
import { openApiRoutes } from '../../../src/protocol/routes/openApiRoutes'
import { changeChannelRoutes } from '../../../src/protocol/routes/changeChannelRoutes'
import { familyThreadRoutes } from '../../../src/protocol/routes/familyThreadRoutes'
import { planningRoutes } from '../../../src/protocol/routes/planningRoutes'
import { staffNoticeRoutes } from '../../../src/protocol/routes/staffNoticeRoutes'
import { staffTeamworkRoutes } from '../../../src/protocol/routes/staffTeamworkRoutes'
import { pushRoutes } from '../../../src/protocol/routes/pushRoutes'
import type { RedirectDescriptor, RouteDescriptor } from '../../../src/protocol/routes/route'
import { sessionRoutes, signInRoutes } from '../../../src/protocol/routes/sessionRoutes'
import { signInRedirectRoutes } from '../../../src/protocol/routes/signInRedirectRoutes'
import { staffReadRoutes } from '../../../src/protocol/routes/staffReadRoutes'
import { staffWriteRoutes } from '../../../src/protocol/routes/staffWriteRoutes'
import { syncRoutes } from '../../../src/protocol/routes/syncRoutes'

const jsonRoutes: RouteDescriptor[] = [
  sessionRoutes,
  signInRoutes,
  municipalityRoutes,
  syncRoutes,
  pushRoutes,
  calendarFeedRoutes,
  staffWriteRoutes,
  staffReadRoutes,
  openApiRoutes,
  changeChannelRoutes,
  planningRoutes,
  staffTeamworkRoutes,
  staffNoticeRoutes,
  familyThreadRoutes,
].flatMap((group) => Object.values<RouteDescriptor>(group))
const everyRoute: RedirectDescriptor[] = [...Object.values(signInRedirectRoutes), ...jsonRoutes]

describe('API v1', () => {
  // A route that moves breaks every installed app still calling it: v1 keeps them where they are.
  it('keeps each route at its method and path, open to whom it was open', () => {
    expect(
      Object.fromEntries(everyRoute.map((r) => [r.name, `${r.method.toUpperCase()} ${r.path} ${r.access}`])),
    ).toEqual({
      startSignIn: 'GET /auth/:provider/start anyone',
      finishSignIn: 'GET /auth/:provider/callback anyone',
      createSession: 'POST /session anyone',
      deleteSession: 'DELETE /session signedIn',
      getAuthMethods: 'GET /auth/methods anyone',
      exchangeSession: 'POST /session/exchange anyone',
      signOut: 'POST /auth/sign-out signedIn',
      getMunicipality: 'GET /municipality signedIn',
      pullChanges: 'GET /sync caregiver',
      pushMutations: 'POST /mutations caregiver',
      getPushPublicKey: 'GET /push/public-key caregiver',
      subscribePush: 'POST /push/subscriptions caregiver',
      unsubscribePush: 'DELETE /push/subscriptions caregiver',
      setPushPreferences: 'PUT /push/preferences caregiver',
      getCalendarFeed: 'GET /calendar-feed caregiver',
      rotateCalendarFeed: 'POST /calendar-feed/rotate caregiver',
      getCalendarFeedIcs: 'GET /calendar/:feed anyone',
      staffCreateStay: 'POST /staff/stays staff',
      staffPatchStay: 'PATCH /staff/stays/:id staff',
      staffDecideChangeRequest: 'POST /staff/change-requests/:id/decision staff',
      staffAnswerSummerApplication: 'POST /staff/summer-applications/:id/answer staff',
      staffSendMessage: 'POST /staff/messages staff',
      staffUpdateMunicipality: 'PUT /staff/municipality staff',
      staffListHouseholds: 'GET /staff/households staff',
      staffGetHousehold: 'GET /staff/households/:id staff',
      staffGetPlaceDayList: 'GET /staff/places/:id/day-list staff',
      staffGetPlaceNights: 'GET /staff/places/:id/nights staff',
      staffListPlaces: 'GET /staff/places staff',
      staffListStays: 'GET /staff/stays staff',
      staffListChangeRequests: 'GET /staff/change-requests staff',
      staffListSummerApplications: 'GET /staff/summer-applications staff',
      staffListMessages: 'GET /staff/messages staff',
      staffListAccessLog: 'GET /staff/access-log staff',
      getOpenApi: 'GET /openapi.json anyone',
      listenForChanges: 'GET /changes signedIn',
      staffAddNote: 'POST /staff/households/:id/notes staff',
      staffClaimChangeRequest: 'POST /staff/change-requests/:id/claim staff',
      staffCreateDecision: 'POST /staff/decisions staff',
      staffCreateStaySeries: 'POST /staff/stay-series staff',
      staffExportAccessLog: 'GET /staff/access-log/export staff',
      staffExportPlan: 'GET /staff/exports/plan.csv staff',
      staffExportUse: 'GET /staff/exports/decision-use.csv staff',
      staffListColleagues: 'GET /staff/colleagues staff',
      staffListNotes: 'GET /staff/households/:id/notes staff',
      staffListNotices: 'GET /staff/notices staff',
      staffPatchDecision: 'PATCH /staff/decisions/:id staff',
      staffSendNotice: 'POST /staff/notices staff',
      staffSetPlaceCapacity: 'PUT /staff/places/:id/capacity staff',
      staffListFamilyThreads: 'GET /staff/family-threads staff',
      staffReplyToFamilyThread: 'POST /staff/family-threads/:id/replies staff',
    })
  })

  it('answers a new stay or message with 201 and a write with nothing to tell with 204', () => {
    const byStatus = (status: number) => jsonRoutes.filter((r) => r.status === status).map((r) => r.name)
    expect([byStatus(201), byStatus(204)]).toEqual([
      [
        'staffCreateStay',
        'staffSendMessage',
        'staffCreateStaySeries',
        'staffCreateDecision',
        'staffAddNote',
        'staffSendNotice',
        'staffReplyToFamilyThread',
      ],
      ['deleteSession', 'subscribePush', 'unsubscribePush', 'setPushPreferences', 'staffClaimChangeRequest'],
    ])
  })

  it('documents the refusals each route gives besides bad input and access', () => {
    const documented = jsonRoutes.filter((r) => r.errors).map((r) => [r.name, r.errors?.join(' ')])
    expect(Object.fromEntries(documented)).toEqual({
      createSession: 'unauthorized not_found rate_limited',
      exchangeSession: 'unauthorized',
      unsubscribePush: 'not_found',
      setPushPreferences: 'not_found',
      getCalendarFeedIcs: 'not_found',
      staffCreateStay:
        'not_found past_date kind_mismatch double_booked place_closed place_full no_decision beyond_decision',
      staffPatchStay:
        'not_found conflict past_date kind_mismatch double_booked place_closed place_full no_decision beyond_decision',
      staffDecideChangeRequest:
        'not_found conflict past_date double_booked place_closed place_full no_decision beyond_decision',
      staffAnswerSummerApplication: 'not_found conflict',
      staffSendMessage: 'not_found',
      staffGetHousehold: 'not_found',
      staffGetPlaceDayList: 'not_found',
      staffGetPlaceNights: 'not_found',
      listenForChanges: 'rate_limited',
      staffCreateStaySeries:
        'not_found past_date kind_mismatch double_booked place_closed place_full no_decision beyond_decision',
      staffCreateDecision: 'not_found conflict',
      staffPatchDecision: 'not_found conflict',
      staffSetPlaceCapacity: 'not_found',
      staffClaimChangeRequest: 'not_found conflict',
      staffListNotes: 'not_found',
      staffAddNote: 'not_found',
      staffReplyToFamilyThread: 'not_found conflict',
      staffSendNotice: 'not_found conflict',
    })
  })

  it('says in a line what each route does, for the OpenAPI document', () => {
    expect(jsonRoutes.filter((r) => !r.summary.trim()).map((r) => r.name)).toEqual([])
  })
  it('answers in JSON but for the channel’s event stream, the calendar feed and the CSV exports', () => {
    const others = jsonRoutes.filter((r) => r.produces !== undefined).map((r) => [r.name, r.produces])
    expect(Object.fromEntries(others)).toEqual({
      getCalendarFeedIcs: 'text/calendar; charset=utf-8',
      staffExportAccessLog: 'text/csv; charset=utf-8',
      listenForChanges: 'text/event-stream',
      staffExportPlan: 'text/csv; charset=utf-8',
      staffExportUse: 'text/csv; charset=utf-8',
    })
  })
})

describe('the path of a route about one record', () => {
  it('holds the record’s id and nothing else', () => {
    const params = staffWriteRoutes.staffPatchStay.params
    const id = '2f1c7e4a-0b3d-4c5e-8f6a-7b8c9d0e1f2a'
    expect([params.safeParse({ id }).data, params.safeParse({ id, more: 'x' }).success]).toEqual([{ id }, false])
  })
})

describe('the calendar feed’s address', () => {
  const feedParams = calendarFeedRoutes.getCalendarFeedIcs.params
  const token = 'Ab0_-'.repeat(8) + 'xyz'

  it('is a 43-character token of URL-safe base64 and .ics', () => {
    expect(feedParams.parse({ feed: `${token}.ics` })).toEqual({ feed: `${token}.ics` })
  })

  it.each([
    ['a token one character short', `${token.slice(1)}.ics`],
    ['a token one character long', `a${token}.ics`],
    ['a token with other characters', `${token.slice(1)}+.ics`],
    ['no .ics', token],
    ['.ics with any character for its dot', `${token}xics`],
    ['anything before it', `/${token}.ics`],
    ['anything after it', `${token}.ics/`],
  ])('is not found with %s, and says what it expected', (_, feed) => {
    const result = feedParams.safeParse({ feed })
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['expected <token>.ics'])
  })

  it('ignores what a calendar app adds to the address, and reads the language', () => {
    expect(calendarFeedRoutes.getCalendarFeedIcs.query.parse({ lang: 'nn', x_apple: '1' })).toEqual({ lang: 'nn' })
  })
})
