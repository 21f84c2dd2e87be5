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
import type { Queryable } from '../../storage/database'
import { notFound } from '../apiError'
import { defineRoute, type ApiDeps } from '../route'

/** Writes who read which households. */
function logRead(deps: ApiDeps, staff: StaffPrincipal, action: string, householdIds: string[]): Promise<void> {
  return recordAccess(deps.db, { staff, action, householdIds, at: isoNow(deps.clock) })
}

/**
 * A GET of one of the municipality's lists, paged by cursor and filtered by `query`. With `householdOf`,
 * the households the page shows are written to the access log under the route's name.
 */
function staffList<Q, T>(list: {
  name: string
  path: string
  summary: string
  query: z.ZodType<Q>
  response: z.ZodType<Page<T>>
  read: (db: Queryable, municipalityId: string, query: Q) => Promise<Page<T>>
  householdOf?: (item: T) => string
}) {
  const { name, path, summary, query, response, read, householdOf } = list
  return defineRoute({
    name,
    method: 'get',
    path,
    summary,
    access: 'staff',
    query,
    response,
    async handle({ principal, query, deps }) {
      const page = await read(deps.db, principal.municipalityId, query)
      if (householdOf) await logRead(deps, principal, name, page.items.map(householdOf))
      return page
    },
  })
}

const itsHousehold = (item: { householdId: string }) => item.householdId

export const staffListHouseholds = staffList({
  name: 'staffListHouseholds',
  path: '/staff/households',
  summary: "The municipality's households with their caregivers and children; `name` finds a caregiver or child",
  query: StaffHouseholdsQuery,
  response: StaffHouseholdsPage,
  read: listHouseholds,
  householdOf: (household) => household.id,
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
    await logRead(deps, principal, 'staffGetHousehold', [household.id])
    return household
  },
})

export const staffListPlaces = staffList({
  name: 'staffListPlaces',
  path: '/staff/places',
  summary: "The municipality's places of respite, by name",
  query: StaffPlacesQuery,
  response: StaffPlacesPage,
  read: listPlaces,
})

export const staffListStays = staffList({
  name: 'staffListStays',
  path: '/staff/stays',
  summary:
    'Stays in time order; `from`/`to` are days (Norwegian time) the stay overlaps, `state` includes changeRequested',
  query: StaffStaysQuery,
  response: StaffStaysPage,
  read: listStays,
  householdOf: itsHousehold,
})

export const staffListChangeRequests = staffList({
  name: 'staffListChangeRequests',
  path: '/staff/change-requests',
  summary: "The families' change requests with their stay and child, the nearest stay first; `state` e.g. pending",
  query: StaffChangeRequestsQuery,
  response: StaffChangeRequestsPage,
  read: listChangeRequests,
  householdOf: itsHousehold,
})

export const staffListSummerApplications = staffList({
  name: 'staffListSummerApplications',
  path: '/staff/summer-applications',
  summary: 'Applications for summer respite, newest first',
  query: StaffSummerApplicationsQuery,
  response: StaffSummerApplicationsPage,
  read: listSummerApplications,
  householdOf: itsHousehold,
})

export const staffListMessages = staffList({
  name: 'staffListMessages',
  path: '/staff/messages',
  summary: 'Messages the municipality has sent to its households, newest first',
  query: StaffMessagesQuery,
  response: StaffMessagesPage,
  read: listMessages,
  householdOf: itsHousehold,
})

export const staffListAccessLog = staffList({
  name: 'staffListAccessLog',
  path: '/staff/access-log',
  summary: "Who of the staff read or changed which household's data, newest first; read only",
  query: StaffAccessLogQuery,
  response: AccessLogPage,
  read: listAccessLog,
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
