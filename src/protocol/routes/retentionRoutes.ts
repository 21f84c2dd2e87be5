// What the retention job will delete and when: the municipality's closed households, for the staff who
// plan and lead (not the read-only role: the list is about whole families' data going, not daily work).
import { ClosedHouseholdsPage, ClosedHouseholdsQuery } from '../closedHouseholds'
import { describeRoutes } from './route'

export const retentionRoutes = describeRoutes({
  staffListClosedHouseholds: {
    method: 'get',
    path: '/staff/closed-households',
    summary:
      "The municipality's closed households (every decision ended, no stay ahead): why and since when each is closed, and when the retention job deletes its data; the soonest first",
    access: 'staff',
    staffRoles: ['caseworker', 'planner'],
    query: ClosedHouseholdsQuery,
    response: ClosedHouseholdsPage,
  },
})
