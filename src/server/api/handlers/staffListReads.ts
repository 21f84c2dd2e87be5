// How the staff API's reads of household data are answered: the page read in the staff member's own
// municipality, and every household it shows written to the access log under the route's operation name.
import { isoNow } from '../../../domain/clock'
import type { Page } from '../../../protocol'
import type { StaffPrincipal } from '../../auth/principal'
import { recordAccess } from '../../staff/accessLog'
import type { Queryable } from '../../storage/database'
import type { ApiDeps } from '../route'

/** Writes who read which households. */
export function logRead(deps: ApiDeps, staff: StaffPrincipal, action: string, householdIds: string[]): Promise<void> {
  return recordAccess(deps.db, { staff, action, householdIds, read: true, at: isoNow(deps.clock) })
}

/** Reads a page of one of the municipality's lists; with `householdOf`, logs the households it shows. */
export function staffList<Q, T>(
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

export const itsHousehold = (item: { householdId: string }) => item.householdId
