// What the municipality's console reads: paged, filtered lists scoped to the staff member's own
// municipality. Every answer that holds a household's data is written to the access log.
import { z } from 'zod'
import {
  AccessLogPage,
  Id,
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
  type Page,
} from '../../../protocol'
import type { StaffPrincipal } from '../../auth/principal'
import { isoNow } from '../../../domain/clock'
import { listAccessLog, recordAccess } from '../../staff/accessLog'
import { listChangeRequests } from '../../staff/reads/staffChangeRequestList'
import { householdDetail, listHouseholds } from '../../staff/reads/staffHouseholds'
import { listMessages, listPlaces, listSummerApplications } from '../../staff/reads/staffRecordLists'
import { listStays } from '../../staff/reads/staffStayList'
import { notFound } from '../apiError'
import { defineRoute, type ApiDeps } from '../route'

/** Writes who read which households, then answers the page. */
async function logged<T extends { householdId: string } | { id: string }>(
  deps: ApiDeps,
  staff: StaffPrincipal,
  action: string,
  page: Page<T>,
): Promise<Page<T>> {
  const householdIds = page.items.map((item) => ('householdId' in item ? item.householdId : item.id))
  await recordAccess(deps.db, { staff, action, householdIds, at: isoNow(deps.clock) })
  return page
}

export const staffListHouseholds = defineRoute({
  name: 'staffListHouseholds',
  method: 'get',
  path: '/staff/households',
  summary: "The municipality's households with their caregivers and children; `name` finds a caregiver or child",
  access: 'staff',
  query: StaffHouseholdsQuery,
  response: StaffHouseholdsPage,
  async handle({ principal, query, deps }) {
    return logged(
      deps,
      principal,
      'staffListHouseholds',
      await listHouseholds(deps.db, principal.municipalityId, query),
    )
  },
})

export const staffGetHousehold = defineRoute({
  name: 'staffGetHousehold',
  method: 'get',
  path: '/staff/households/:id',
  summary: "One household: caregivers, children, each child's decisions (vedtak) and their use this period",
  access: 'staff',
  params: z.strictObject({ id: Id }),
  response: StaffHouseholdDetail,
  errors: ['not_found'],
  async handle({ principal, params, deps }) {
    const household = await householdDetail(deps.db, principal.municipalityId, params.id, deps.clock.now())
    if (!household) throw notFound()
    await recordAccess(deps.db, {
      staff: principal,
      action: 'staffGetHousehold',
      householdIds: [household.id],
      at: isoNow(deps.clock),
    })
    return household
  },
})

export const staffListPlaces = defineRoute({
  name: 'staffListPlaces',
  method: 'get',
  path: '/staff/places',
  summary: "The municipality's places of respite, by name",
  access: 'staff',
  query: StaffPlacesQuery,
  response: StaffPlacesPage,
  handle: ({ principal, query, deps }) => listPlaces(deps.db, principal.municipalityId, query),
})

export const staffListStays = defineRoute({
  name: 'staffListStays',
  method: 'get',
  path: '/staff/stays',
  summary:
    'Stays in time order; `from`/`to` are days (Norwegian time) the stay overlaps, `state` includes changeRequested',
  access: 'staff',
  query: StaffStaysQuery,
  response: StaffStaysPage,
  async handle({ principal, query, deps }) {
    return logged(deps, principal, 'staffListStays', await listStays(deps.db, principal.municipalityId, query))
  },
})

export const staffListChangeRequests = defineRoute({
  name: 'staffListChangeRequests',
  method: 'get',
  path: '/staff/change-requests',
  summary: "The families' change requests with their stay and child, the nearest stay first; `state` e.g. pending",
  access: 'staff',
  query: StaffChangeRequestsQuery,
  response: StaffChangeRequestsPage,
  async handle({ principal, query, deps }) {
    return logged(
      deps,
      principal,
      'staffListChangeRequests',
      await listChangeRequests(deps.db, principal.municipalityId, query),
    )
  },
})

export const staffListSummerApplications = defineRoute({
  name: 'staffListSummerApplications',
  method: 'get',
  path: '/staff/summer-applications',
  summary: 'Applications for summer respite, newest first',
  access: 'staff',
  query: StaffSummerApplicationsQuery,
  response: StaffSummerApplicationsPage,
  async handle({ principal, query, deps }) {
    return logged(
      deps,
      principal,
      'staffListSummerApplications',
      await listSummerApplications(deps.db, principal.municipalityId, query),
    )
  },
})

export const staffListMessages = defineRoute({
  name: 'staffListMessages',
  method: 'get',
  path: '/staff/messages',
  summary: 'Messages the municipality has sent to its households, newest first',
  access: 'staff',
  query: StaffMessagesQuery,
  response: StaffMessagesPage,
  async handle({ principal, query, deps }) {
    return logged(deps, principal, 'staffListMessages', await listMessages(deps.db, principal.municipalityId, query))
  },
})

export const staffListAccessLog = defineRoute({
  name: 'staffListAccessLog',
  method: 'get',
  path: '/staff/access-log',
  summary: "Who of the staff read or changed which household's data, newest first; read only",
  access: 'staff',
  query: StaffAccessLogQuery,
  response: AccessLogPage,
  handle: ({ principal, query, deps }) => listAccessLog(deps.db, principal.municipalityId, query),
})

export const staffReadRoutes = [
  staffListHouseholds,
  staffGetHousehold,
  staffListPlaces,
  staffListStays,
  staffListChangeRequests,
  staffListSummerApplications,
  staffListMessages,
  staffListAccessLog,
] as const
