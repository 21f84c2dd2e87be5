// Who may use the FHIR face: staff of a municipality with their session, by the same roles as the staff
// API (every role reads; caseworkers and planners change). The answer names the municipality whose data
// alone the request sees.
import type { Context } from 'hono'
import { staffMayCall } from '../../protocol/routes/staffAccess'
import type { StaffPrincipal } from '../auth/principal'
import { credentialsOf, principalOf } from '../api/authenticate'
import type { ApiDeps } from '../api/route'
import { ApiError } from '../errors/apiError'

export type FhirInteraction = 'read' | 'write'

export async function fhirStaff(
  c: Context,
  deps: Pick<ApiDeps, 'db' | 'clock'>,
  interaction: FhirInteraction,
): Promise<StaffPrincipal> {
  const credentials = credentialsOf(c)
  const principal = await principalOf(credentials, deps)
  if (!principal)
    throw new ApiError(
      'unauthorized',
      credentials.presented ? 'The session has ended or is unknown: sign in again' : 'Sign in first',
    )
  if (principal.role !== 'staff' || principal.householdId !== null) throw new ApiError('forbidden', 'Only for staff')
  const method = interaction === 'read' ? 'get' : 'put'
  if (!staffMayCall({ method, access: 'staff' }, principal.staffRole ?? 'caseworker'))
    throw new ApiError('forbidden', `Not for staff with the role ${principal.staffRole}`)
  return { ...principal, role: 'staff', householdId: null }
}
