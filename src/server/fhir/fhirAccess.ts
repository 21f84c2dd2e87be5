// Who may use the FHIR face: the municipality's record system with an access token of the configured
// issuer (scope `pusterom:fhir.read` to read, `pusterom:fhir.write` to plan), and staff of a municipality
// with their session, by the same roles as the staff API (every role reads; caseworkers and planners
// change). The answer names the municipality whose data alone the request sees.
import type { Context } from 'hono'
import { staffMayCall } from '../../protocol/routes/staffAccess'
import type { StaffPrincipal } from '../auth/principal'
import { credentialsOf, principalOf } from '../api/authenticate'
import type { ApiDeps } from '../api/route'
import { ApiError } from '../errors/apiError'
import { FHIR_READ_SCOPE, FHIR_WRITE_SCOPE } from '../oidc/machineTokenConfig'
import { stableId } from '../seed/stableId'
import { JWT_BEARER, machineTokenCheck, type MachineTokenCheck } from './machineClients'

export type FhirInteraction = 'read' | 'write'

export type FhirAccess = (c: Context, interaction: FhirInteraction) => Promise<StaffPrincipal>

const SCOPE: Record<FhirInteraction, string> = { read: FHIR_READ_SCOPE, write: FHIR_WRITE_SCOPE }

/** A machine client acts as the staff API's principal whose user id is derived from its client id. */
async function machineClient(
  token: string,
  check: MachineTokenCheck,
  deps: Pick<ApiDeps, 'db'>,
  interaction: FhirInteraction,
) {
  const client = await check(token, deps.db)
  if (!client.scopes.has(SCOPE[interaction]))
    throw new ApiError('forbidden', `The access token lacks the scope ${SCOPE[interaction]}`)
  const principal: StaffPrincipal = {
    userId: stableId('fhir-client', client.clientId),
    clientId: client.clientId,
    role: 'staff',
    householdId: null,
    municipalityId: client.municipalityId,
  }
  return principal
}

async function staffMember(c: Context, deps: Pick<ApiDeps, 'db' | 'clock'>, interaction: FhirInteraction) {
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
  const staff: StaffPrincipal = { ...principal, role: 'staff', householdId: null }
  return staff
}

export function fhirAccess(deps: Pick<ApiDeps, 'db' | 'clock' | 'signIn'>): FhirAccess {
  const check = machineTokenCheck(deps.signIn?.machineTokens, deps.clock)
  return (c, interaction) => {
    const jwt = c.req.header('authorization')?.match(JWT_BEARER)?.[1]
    return jwt ? machineClient(jwt, check, deps, interaction) : staffMember(c, deps, interaction)
  }
}
