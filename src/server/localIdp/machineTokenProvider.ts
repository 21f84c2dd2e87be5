// The local stand-in for Maskinporten / HelseID (`/maskinporten`): a token endpoint for the demo record
// systems, OAuth 2.0 client credentials with `private_key_jwt` only, answering JWT access tokens (RFC 9068)
// for the FHIR face's audience, with the scopes asked for that the client holds and its organisation as
// Maskinporten names it. Demo and tests only.
import Provider, { errors, type Configuration } from 'oidc-provider'
import type { JWK } from 'openid-client'
import { FHIR_READ_SCOPE, FHIR_WRITE_SCOPE } from '../oidc/machineTokenConfig'
import { organisationClaim } from '../oidc/organisationClaim'
import { DEMO_RECORD_SYSTEMS, publicJwkOf } from '../seed/demoRecordSystems'
import { standInStore } from './standInStore'

export interface MachineTokenOptions {
  issuer: string
  audience: string
  signingJwk: JWK
  cookieKey: string
}

const systems = Object.values(DEMO_RECORD_SYSTEMS)

/** Maskinporten's tokens live two minutes. */
const TOKEN_SECONDS = 120

export function machineTokenProvider(options: MachineTokenOptions): Provider {
  const configuration: Configuration = {
    adapter: standInStore(),
    clients: systems.map((system) => ({
      client_id: system.clientId,
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
      token_endpoint_auth_method: 'private_key_jwt',
      token_endpoint_auth_signing_alg: 'ES256',
      jwks: { keys: [publicJwkOf(system)] },
      scope: system.scopes.join(' '),
    })) as Configuration['clients'],
    jwks: { keys: [options.signingJwk] } as Configuration['jwks'],
    cookies: { keys: [options.cookieKey], names: { session: '_maskinporten_session' } },
    scopes: [FHIR_READ_SCOPE, FHIR_WRITE_SCOPE],
    responseTypes: ['none'],
    ttl: { ClientCredentials: TOKEN_SECONDS },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // As Maskinporten: a client need not name the audience; the one API here is it.
        defaultResource: () => options.audience,
        getResourceServerInfo(_ctx, resourceIndicator) {
          if (resourceIndicator !== options.audience) throw new errors.InvalidTarget()
          return {
            scope: `${FHIR_READ_SCOPE} ${FHIR_WRITE_SCOPE}`,
            audience: options.audience,
            accessTokenTTL: TOKEN_SECONDS,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          }
        },
      },
    },
    async extraTokenClaims(_ctx, token) {
      const system = systems.find((candidate) => candidate.clientId === token.clientId)
      return system ? organisationClaim(system.organisationNumber) : undefined
    },
    clientBasedCORS: () => false,
  }
  return new Provider(options.issuer, configuration)
}
