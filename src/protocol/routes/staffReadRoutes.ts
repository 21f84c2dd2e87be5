// What the municipality's console reads: paged, filtered lists scoped to the staff member's own
// municipality (`{items, nextCursor}`, `cursor` and `limit` in the query), and one household.
import { z } from 'zod'
import {
  AccessLogPage,
  StaffAccessLogExportQuery,
  StaffAccessLogQuery,
  StaffChangeRequestsPage,
  StaffChangeRequestsQuery,
  StaffHouseholdDetail,
  StaffHouseholdsPage,
  StaffHouseholdsQuery,
  StaffMessagesPage,
  StaffMessagesQuery,
  StaffPlacesPage,
  StaffPlacesQuery,
  StaffStaysPage,
  StaffStaysQuery,
  StaffSummerApplicationsPage,
  StaffSummerApplicationsQuery,
} from '../staffViews'
import { PlaceDayList, PlaceDayListQuery } from '../placeDayList'
import { PlaceNights, PlaceNightsQuery } from '../placeNights'
import { describeRoutes } from './route'
import { ById } from './staffWriteRoutes'

/** A GET of one of the municipality's lists, paged by cursor and filtered by `query`. */
const staffList = <Q extends z.ZodType, R extends z.ZodType>(path: string, summary: string, query: Q, response: R) =>
  ({ method: 'get', path, summary, access: 'staff', query, response }) as const

export const staffReadRoutes = describeRoutes({
  staffListHouseholds: staffList(
    '/staff/households',
    "The municipality's households with their caregivers and children; `name` finds a caregiver or child",
    StaffHouseholdsQuery,
    StaffHouseholdsPage,
  ),
  staffGetHousehold: {
    method: 'get',
    path: '/staff/households/:id',
    summary: "One household: caregivers, children, each child's decisions (vedtak) and their use this period",
    access: 'staff',
    params: ById,
    response: StaffHouseholdDetail,
    errors: ['not_found'],
  },
  staffListPlaces: staffList(
    '/staff/places',
    "The municipality's places of respite, by name",
    StaffPlacesQuery,
    StaffPlacesPage,
  ),
  staffGetPlaceDayList: {
    method: 'get',
    path: '/staff/places/:id/day-list',
    summary:
      "The respite home's day or week list (`from`, `to`, at most 7 days): each stay that overlaps them, with the child's allergies, medication list, about-me card, transport and caregivers' phones",
    access: 'staff',
    params: ById,
    query: PlaceDayListQuery,
    response: PlaceDayList,
    errors: ['not_found'],
  },
  staffGetPlaceNights: {
    method: 'get',
    path: '/staff/places/:id/nights',
    summary:
      "The place's night-by-night grid (day by day for day places; `from`, `to`, at most 62 days): each day open or closed, the stays it holds as the planning checks count them, and the children",
    access: 'staff',
    params: ById,
    query: PlaceNightsQuery,
    response: PlaceNights,
    errors: ['not_found'],
  },
  staffListStays: staffList(
    '/staff/stays',
    'Stays in time order; `from`/`to` are days (Norwegian time) the stay overlaps, `state` includes changeRequested',
    StaffStaysQuery,
    StaffStaysPage,
  ),
  staffListChangeRequests: staffList(
    '/staff/change-requests',
    "The families' change requests with their stay and child, the nearest stay first; `state` e.g. pending, `householdId` one family's",
    StaffChangeRequestsQuery,
    StaffChangeRequestsPage,
  ),
  staffListSummerApplications: staffList(
    '/staff/summer-applications',
    "Applications for summer respite, newest first; `year`, `status`, `householdId` one family's",
    StaffSummerApplicationsQuery,
    StaffSummerApplicationsPage,
  ),
  staffListMessages: staffList(
    '/staff/messages',
    'Messages the municipality has sent to its households, newest first',
    StaffMessagesQuery,
    StaffMessagesPage,
  ),
  staffListAccessLog: staffList(
    '/staff/access-log',
    "Who of the staff read or changed which household's data and which record, newest first; by household, staff member (userId), action and days; read only",
    StaffAccessLogQuery,
    AccessLogPage,
  ),
  staffExportAccessLog: {
    method: 'get',
    path: '/staff/access-log/export',
    summary:
      'The access log as CSV (at, userId, userName, action, householdId, recordId), with the same filters, newest first',
    access: 'staff',
    query: StaffAccessLogExportQuery,
    response: z.string(),
    produces: 'text/csv; charset=utf-8',
  },
})
