// Which staff roles may call a staff route: every role reads; caseworkers and planners change; a route
// may narrow that further (the municipality's settings: caseworkers only). The server refuses the rest
// with 403, and the console hides what the signed-in role may not do, by this one rule.
import type { StaffRole } from '../api'
import type { RouteDescriptor } from './route'

const EVERY_ROLE: readonly StaffRole[] = ['caseworker', 'planner', 'readOnly']
const CHANGING_ROLES: readonly StaffRole[] = ['caseworker', 'planner']

/** Whether a staff member of `role` may call `route` (true for routes that are not staff routes). */
export function staffMayCall(route: Pick<RouteDescriptor, 'method' | 'access' | 'staffRoles'>, role: StaffRole) {
  if (route.access !== 'staff') return true
  const allowed = route.staffRoles ?? (route.method === 'get' ? EVERY_ROLE : CHANGING_ROLES)
  return allowed.includes(role)
}
