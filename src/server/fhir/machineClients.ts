// The record systems' access tokens on the FHIR face: a JWT signed with a key of the configured issuer's
// JWKS, from that issuer, for this face's audience, not expired by the server's clock, naming its client
// and scopes and an organisation that is one of the municipalities here. Anything else is a 401 (the
// token) or a 403 (an organisation no municipality here has); keys that cannot be fetched are a 503.
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose'
import type { Clock } from '../../domain/clock'
import type { MachineTokenConfig } from '../oidc/machineTokenConfig'
import { organisationNumberOf } from '../oidc/organisationClaim'
import { ApiError } from '../errors/apiError'
import type { Queryable } from '../storage/database'

export interface MachineClient {
  /** The OAuth client id, named in the access log. */
  clientId: string
  municipalityId: string
  scopes: ReadonlySet<string>
}

export type MachineTokenCheck = (token: string, db: Queryable) => Promise<MachineClient>

/** A JWT (three base64url parts), as opposed to a session's opaque token. */
export const JWT_BEARER = /^Bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/i

/** Leeway for the issuer's clock and this server's differing. */
const CLOCK_TOLERANCE_SECONDS = 30

const refused = (why: string) => new ApiError('unauthorized', `The access token is refused: ${why}`)

/** What says the issuer's keys could not be had (no answer, not 200, not a key set): not the token's fault. */
const KEYS_UNREACHABLE = new Set(['ERR_JWKS_TIMEOUT', 'ERR_JWKS_INVALID', 'ERR_JOSE_GENERIC'])

async function verified(check: () => Promise<JWTPayload>): Promise<JWTPayload> {
  try {
    return await check()
  } catch (error) {
    const code = (error as { code?: unknown }).code
    // A failed fetch of the key set is a TypeError with no jose code: the client may try again later (503).
    if (typeof code !== 'string' || !code.startsWith('ERR_') || KEYS_UNREACHABLE.has(code))
      throw new ApiError('unavailable', "The token issuer's keys cannot be fetched now; try again later")
    throw refused(code.replace(/^ERR_/, '').toLowerCase().replaceAll('_', ' '))
  }
}

/** The check of access tokens from `config`'s issuer; null config: every token refused (staff sessions only). */
export function machineTokenCheck(config: MachineTokenConfig | null | undefined, clock: Clock): MachineTokenCheck {
  if (!config)
    return () => Promise.reject(new ApiError('unauthorized', 'This server accepts no access tokens of machine clients'))
  const keys = createRemoteJWKSet(new URL(config.jwksUrl))
  return async (token, db) => {
    const claims = await verified(async () => {
      const { payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        currentDate: new Date(clock.now()),
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp', 'client_id'],
      })
      return payload
    })
    if (typeof claims.client_id !== 'string' || claims.client_id === '') throw refused('it names no client')
    const organisationNumber = organisationNumberOf(claims)
    if (!organisationNumber) throw refused('it names no organisation')
    // Exactly one: a number two municipalities share (no unique index yet) maps to neither.
    const municipalities = await db.query<{ id: string }>(
      'SELECT id FROM municipalities WHERE organisation_number = $1 LIMIT 2',
      [organisationNumber],
    )
    const [municipality] = municipalities
    if (!municipality || municipalities.length > 1)
      throw new ApiError('forbidden', 'No one municipality here has the organisation this client acts for')
    const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : []
    return { clientId: claims.client_id, municipalityId: municipality.id, scopes: new Set(scopes) }
  }
}
