// What the retention job will delete and when, read by the municipality's planners and caseworkers; every
// household listed is written to the access log like any other staff read of a household.
import { retentionRoutes } from '../../../protocol/routes/retentionRoutes'
import { listClosedHouseholds } from '../../retention/closedHouseholdList'
import { attach } from '../route'
import { itsHousehold, logRead } from './staffListReads'

export const retentionHandlers = attach(retentionRoutes, {
  async staffListClosedHouseholds({ principal, query, deps, operation }) {
    const page = await listClosedHouseholds(deps.db, principal.municipalityId, query)
    await logRead(deps, principal, operation, page.items.map(itsHousehold))
    return page
  },
})
