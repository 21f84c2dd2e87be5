// What the municipality's console reads, scoped to the staff member's own municipality. Every answer
// that holds a household's data is written to the access log under the route's operation name.
import { staffReadRoutes } from '../../../protocol/routes/staffReadRoutes'
import { notFound } from '../../errors/apiError'
import { accessLogCsv, listAccessLog } from '../../staff/reads/accessLogList'
import { listChangeRequests } from '../../staff/reads/staffChangeRequestList'
import { householdDetail, listHouseholds } from '../../staff/reads/staffHouseholds'
import { listMessages, listPlaces, listSummerApplications } from '../../staff/reads/staffRecordLists'
import { listStays } from '../../staff/reads/staffStayList'
import { placeDayList } from '../../staff/reads/placeDayList'
import { placeNights } from '../../staff/reads/placeNights'
import { attach } from '../route'
import { itsHousehold, logRead, staffList } from './staffListReads'

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
    await logRead(deps, principal, operation, households) // each household once: recordAccess sees to it
    return grid
  },
  staffListStays: staffList(listStays, itsHousehold),
  staffListChangeRequests: staffList(listChangeRequests, itsHousehold),
  staffListSummerApplications: staffList(listSummerApplications, itsHousehold),
  staffListMessages: staffList(listMessages, itsHousehold),
  staffListAccessLog: staffList(listAccessLog),
  staffExportAccessLog: ({ principal, query, deps }) => accessLogCsv(deps.db, principal.municipalityId, query),
})
