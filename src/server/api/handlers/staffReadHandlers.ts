// What the municipality's console reads, scoped to the staff member's own municipality. Every answer
// that holds a household's data is written to the access log under the route's operation name.
import { isoNow } from '../../../domain/clock'
import type { Page } from '../../../protocol'
import { staffReadRoutes } from '../../../protocol/routes/staffReadRoutes'
import type { StaffPrincipal } from '../../auth/principal'
import { notFound } from '../../errors/apiError'
import { recordAccess } from '../../staff/accessLog'
import { accessLogCsv, listAccessLog } from '../../staff/reads/accessLogList'
import { listChangeRequests } from '../../staff/reads/staffChangeRequestList'
import { householdDetail, listHouseholds } from '../../staff/reads/staffHouseholds'
import { listMessages, listPlaces, listSummerApplications } from '../../staff/reads/staffRecordLists'
import { listStays } from '../../staff/reads/staffStayList'
import { placeDayList } from '../../staff/reads/placeDayList'
import { placeNights } from '../../staff/reads/placeNights'
import type { Queryable } from '../../storage/database'
import { attach, type ApiDeps } from '../route'

/** Writes who read which households. */
function logRead(deps: ApiDeps, staff: StaffPrincipal, action: string, householdIds: string[]): Promise<void> {
  return recordAccess(deps.db, { staff, action, householdIds, read: true, at: isoNow(deps.clock) })
}

/** Reads a page of one of the municipality's lists; with `householdOf`, logs the households it shows. */
function staffList<Q, T>(
  read: (db: Queryable, municipalityId: string, query: Q) => Promise<Page<T>>,
  householdOf?: (item: T) => string,
) {
  return async (context: { principal: StaffPrincipal; query: Q; deps: ApiDeps; operation: string }) => {
    const { principal, query, deps, operation } = context
    const page = await read(deps.db, principal.municipalityId, query)
    if (householdOf) await logRead(deps, principal, operation, page.items.map(householdOf))
    return page
  }
}

const itsHousehold = (item: { householdId: string }) => item.householdId

export const staffReadHandlers = attach(staffReadRoutes, {
  staffListHouseholds: staffList(listHouseholds, (household) => household.id),

  async staffGetHousehold({ principal, params, deps, operation }) {
    const household = await householdDetail(deps.db, principal.municipalityId, params.id, deps.clock.now())
    if (!household) throw notFound()
    await logRead(deps, principal, operation, [household.id])
    return household
  },

  staffListPlaces: staffList(listPlaces),

  async staffGetPlaceDayList({ principal, params, query, deps, operation }) {
    const list = await placeDayList(deps.db, principal.municipalityId, params.id, query)
    if (!list) throw notFound()
    await logRead(
      deps,
      principal,
      operation,
      list.stays.map((item) => item.householdId),
    )
    return list
  },

  async staffGetPlaceNights({ principal, params, query, deps, operation }) {
    const grid = await placeNights(deps.db, principal.municipalityId, params.id, query)
    if (!grid) throw notFound()
    const households = grid.nights.flatMap((night) => night.children.map((child) => child.householdId))
    await logRead(deps, principal, operation, [...new Set(households)])
    return grid
  },
  staffListStays: staffList(listStays, itsHousehold),
  staffListChangeRequests: staffList(listChangeRequests, itsHousehold),
  staffListSummerApplications: staffList(listSummerApplications, itsHousehold),
  staffListMessages: staffList(listMessages, itsHousehold),
  staffListAccessLog: staffList(listAccessLog),
  staffExportAccessLog: ({ principal, query, deps }) => accessLogCsv(deps.db, principal.municipalityId, query),
})
