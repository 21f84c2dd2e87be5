// The providers' settings from the environment: ID-porten for families, the municipality's own
// identity provider (e.g. Entra ID) for staff. Unset, a provider is off (demo mode starts local stand-ins).
import type { JWK } from 'openid-client'
import { IDPORTEN_ACR_LEVELS, type IdportenAcr, type StaffClaims } from './signInProviders'
import type { RelyingPartySettings } from './relyingParty'

export interface IdportenConfig extends RelyingPartySettings {
  /** The lowest level of assurance accepted; `idporten-loa-high` accepts only that. */
  minimumAcr: IdportenAcr
}

export interface StaffIdpConfig extends RelyingPartySettings, StaffClaims {}

function privateJwk(name: string, value: string | undefined): JWK | null {
  if (!value?.trim()) return null
  let jwk: unknown
  try {
    jwk = JSON.parse(value)
  } catch {
    throw new Error(`${name} must be a private JWK as JSON`)
  }
  if (typeof jwk !== 'object' || jwk === null || !('d' in jwk) || !('kty' in jwk))
    throw new Error(`${name} must be a private JWK (with "kty" and "d")`)
  return jwk as JWK
}

function required(env: NodeJS.ProcessEnv, name: string, because: string): string {
  const value = env[name]?.trim()
  if (!value) throw new Error(`${name} must be set when ${because} is`)
  return value
}

export function idportenFromEnv(env: NodeJS.ProcessEnv): IdportenConfig | null {
  const issuer = env.IDPORTEN_ISSUER?.trim()
  if (!issuer) return null
  const minimumAcr = (env.IDPORTEN_ACR?.trim() || 'idporten-loa-substantial') as IdportenAcr
  if (!IDPORTEN_ACR_LEVELS.includes(minimumAcr))
    throw new Error(`IDPORTEN_ACR must be one of ${IDPORTEN_ACR_LEVELS.join(', ')}`)
  const clientJwk = privateJwk('IDPORTEN_CLIENT_JWK', env.IDPORTEN_CLIENT_JWK)
  const clientSecret = env.IDPORTEN_CLIENT_SECRET?.trim() || null
  if (!clientJwk && !clientSecret)
    throw new Error('Set IDPORTEN_CLIENT_JWK (private_key_jwt) or IDPORTEN_CLIENT_SECRET')
  return {
    issuer,
    clientId: required(env, 'IDPORTEN_CLIENT_ID', 'IDPORTEN_ISSUER'),
    clientJwk,
    clientSecret,
    scope: env.IDPORTEN_SCOPE?.trim() || 'openid profile',
    authorizationParams: { acr_values: minimumAcr },
    minimumAcr,
  }
}

export function staffIdpFromEnv(env: NodeJS.ProcessEnv): StaffIdpConfig | null {
  const issuer = env.STAFF_OIDC_ISSUER?.trim()
  if (!issuer) return null
  return {
    issuer,
    clientId: required(env, 'STAFF_OIDC_CLIENT_ID', 'STAFF_OIDC_ISSUER'),
    clientSecret: env.STAFF_OIDC_CLIENT_SECRET?.trim() || null,
    clientJwk: privateJwk('STAFF_OIDC_CLIENT_JWK', env.STAFF_OIDC_CLIENT_JWK),
    scope: env.STAFF_OIDC_SCOPE?.trim() || 'openid profile email',
    roleClaim: env.STAFF_OIDC_ROLE_CLAIM?.trim() || 'roles',
    roleValue: env.STAFF_OIDC_ROLE_VALUE?.trim() || 'pusterom-staff',
    accountClaim: env.STAFF_OIDC_ACCOUNT_CLAIM?.trim() || 'sub',
  }
}
