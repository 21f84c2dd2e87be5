// One local OpenID provider (oidc-provider) standing in for ID-porten or for a municipality's staff
// identity provider: authorization code flow with PKCE required, ID tokens with ID-porten's claims
// (`pid`, `acr`) or the staff provider's (`roles`, `email`), and end session. Demo and tests only.
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider'
import type { JWK } from 'openid-client'
import { errorPage, loggedOutPage, logoutPage } from './standInPages'
import { standInStore } from './standInStore'
import { standInTexts } from './standInTexts'

export interface StandInPerson {
  /** The `sub` of the person's ID tokens. */
  sub: string
  /** What the ID token says of them beyond `sub` (`pid`, `name`, `roles`, `email`). */
  claims: Record<string, unknown>
}

export interface StandInClient {
  clientId: string
  /** `private_key_jwt` with this public key, or `client_secret_post` with a secret. */
  publicJwk?: JWK
  clientSecret?: string
  redirectUris: string[]
  postLogoutRedirectUris: string[]
}

export interface StandInOptions {
  issuer: string
  /** The issuer's path (`/idporten`): the interaction pages live below it. */
  mountPath: string
  signingJwk: JWK
  cookieKey: string
  client: StandInClient
  /** The claims of the `openid` scope; ID-porten puts `pid` there. */
  openidClaims: string[]
  acrValues: string[]
  findPerson(sub: string): StandInPerson | undefined
}

const uiLocalesOf = (ctx: KoaContextWithOIDC) => ctx.oidc?.params?.ui_locales

function clientMetadata(client: StandInClient) {
  return {
    client_id: client.clientId,
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris,
    response_types: ['code'],
    grant_types: ['authorization_code'],
    ...(client.publicJwk
      ? {
          token_endpoint_auth_method: 'private_key_jwt',
          jwks: { keys: [client.publicJwk] },
          token_endpoint_auth_signing_alg: 'ES256',
        }
      : { token_endpoint_auth_method: 'client_secret_post', client_secret: client.clientSecret }),
  }
}

export function standInProvider(options: StandInOptions): Provider {
  const cookiePrefix = options.mountPath.replace(/\W/g, '_')
  const configuration: Configuration = {
    adapter: standInStore(),
    clients: [clientMetadata(options.client)] as Configuration['clients'],
    jwks: { keys: [options.signingJwk] } as Configuration['jwks'],
    // Both stand-ins share one host: their cookies need their own names.
    cookies: {
      keys: [options.cookieKey],
      names: {
        session: `${cookiePrefix}_session`,
        interaction: `${cookiePrefix}_interaction`,
        resume: `${cookiePrefix}_resume`,
      },
    },
    // ID-porten: PKCE with S256 for every client, whatever its authentication.
    pkce: { required: () => true },
    acrValues: options.acrValues,
    scopes: ['openid', 'profile', 'email'],
    claims: { openid: options.openidClaims, profile: ['name'], email: ['email'] },
    // Claims in the ID token itself, as ID-porten and Entra ID send them, not only at the userinfo endpoint.
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    // ID-porten's ID tokens live two minutes.
    ttl: { IdToken: 120, AccessToken: 120, AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600 },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.body = logoutPage(form, standInTexts(uiLocalesOf(ctx)))
        },
        async postLogoutSuccessSource(ctx) {
          ctx.body = loggedOutPage(standInTexts(uiLocalesOf(ctx)))
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `${options.mountPath}/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const person = options.findPerson(sub)
      if (!person) return undefined
      return { accountId: sub, claims: async () => ({ sub, ...person.claims }) }
    },
    async renderError(ctx, out) {
      ctx.type = 'html'
      ctx.body = errorPage(out, standInTexts(uiLocalesOf(ctx)))
    },
    clientBasedCORS: () => false,
  }
  const provider = new Provider(options.issuer, configuration)
  return provider
}
