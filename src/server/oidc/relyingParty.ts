// One OpenID Connect relying party (authorization code flow with PKCE) through openid-client: the
// provider's discovery document and keys fetched once per process, and every check openid-client makes
// (issuer, signature, audience, expiry, nonce, state) against the server's clock. The ID token's
// signature is checked against the provider's JWKS although it comes straight from the token endpoint
// (openid-client's non-repudiation checks, off by default): the token is believed because the provider
// signed it, not because of the connection it came over.
import * as client from 'openid-client'
import type { Clock } from '../../domain/clock'
import { isLoopbackUrl } from './loopback'

export interface RelyingPartySettings {
  /** e.g. `https://idporten.no`: the discovery document is read from `<issuer>/.well-known/openid-configuration`. */
  issuer: string
  clientId: string
  /** `client_secret_post`; or */
  clientSecret?: string | null
  /** a private JWK for `private_key_jwt` (ID-porten's recommended client authentication). */
  clientJwk?: client.JWK | null
  scope: string
  /** Extra parameters of the authorization request (ID-porten: `acr_values`). */
  authorizationParams?: Record<string, string>
}

export interface Authorization {
  state: string
  nonce: string
  codeVerifier: string
  url: URL
}

/** How far ahead of the server's clock a token may say it was issued (openid-client's own tolerance). */
const ISSUED_AT_TOLERANCE_S = 30

export interface VerifiedSignIn {
  claims: client.IDToken
}

async function clientAuthentication(settings: RelyingPartySettings): Promise<client.ClientAuth> {
  const jwk = settings.clientJwk
  if (jwk) {
    const algorithm =
      jwk.kty === 'EC'
        ? { name: 'ECDSA', namedCurve: String(jwk.crv ?? 'P-256') }
        : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
    const key = await crypto.subtle.importKey('jwk', jwk as JsonWebKey, algorithm, false, ['sign'])
    return client.PrivateKeyJwt({ key, kid: typeof jwk.kid === 'string' ? jwk.kid : undefined })
  }
  return settings.clientSecret ? client.ClientSecretPost(settings.clientSecret) : client.None()
}

export class RelyingParty {
  private discovered: Promise<client.Configuration> | undefined
  private readonly bySkew = new Map<number, client.Configuration>()
  private jwksCache: client.ExportedJWKSCache | undefined

  constructor(
    readonly settings: RelyingPartySettings,
    private readonly clock: Clock,
  ) {}

  /** A plain-http issuer is allowed only on this machine (the local stand-in providers). */
  private get insecureAllowed(): boolean {
    return isLoopbackUrl(this.settings.issuer)
  }

  private async discover(): Promise<client.Configuration> {
    this.discovered ??= (async () =>
      client.discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        undefined,
        await clientAuthentication(this.settings),
        {
          execute: this.insecureAllowed
            ? [client.allowInsecureRequests, client.enableNonRepudiationChecks]
            : [client.enableNonRepudiationChecks],
        },
      ))()
    // A provider that was down at the first try is asked again at the next sign-in.
    this.discovered.catch(() => {
      this.discovered = undefined
    })
    return this.discovered
  }

  /** The configuration with the server clock's offset from the machine's, which is what openid-client reads. */
  private async configuration(): Promise<client.Configuration> {
    const base = await this.discover()
    const skew = Math.round((this.clock.now() - Date.now()) / 1000)
    if (skew === 0) return base
    let skewed = this.bySkew.get(skew)
    if (!skewed) {
      skewed = new client.Configuration(
        base.serverMetadata(),
        this.settings.clientId,
        { [client.clockSkew]: skew },
        await clientAuthentication(this.settings),
      )
      if (this.insecureAllowed) client.allowInsecureRequests(skewed)
      client.enableNonRepudiationChecks(skewed)
      this.bySkew.clear()
      this.bySkew.set(skew, skewed)
    }
    if (this.jwksCache) client.setJwksCache(skewed, this.jwksCache)
    return skewed
  }

  async authorize(redirectUri: string, extra: Record<string, string> = {}): Promise<Authorization> {
    const config = await this.configuration()
    const codeVerifier = client.randomPKCECodeVerifier()
    const state = client.randomState()
    const nonce = client.randomNonce()
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: this.settings.scope,
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      ...this.settings.authorizationParams,
      ...extra,
    })
    return { state, nonce, codeVerifier, url }
  }

  /** Checks the provider's answer and trades its code (once) for a verified ID token. */
  async finish(
    callbackUrl: URL,
    expected: { state: string; nonce: string; codeVerifier: string },
  ): Promise<VerifiedSignIn> {
    const config = await this.configuration()
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      pkceCodeVerifier: expected.codeVerifier,
      idTokenExpected: true,
    })
    this.jwksCache = client.getJwksCache(config) ?? this.jwksCache
    const claims = tokens.claims()
    if (!claims) throw new client.ClientError('no ID token in the token response')
    // openid-client refuses a token issued too long ago, not one issued in the future.
    if (claims.iat > this.clock.now() / 1000 + ISSUED_AT_TOLERANCE_S)
      throw new client.ClientError('the ID token says it was issued in the future')
    return { claims }
  }

  /**
   * Where to send the browser to end the provider's session; null when the provider has no end_session_endpoint.
   * By the client's name (client_id, which openid-client adds), never the ID token: it holds the person number.
   */
  async endSessionUrl(postLogoutRedirectUri: string): Promise<URL | null> {
    const config = await this.discover()
    if (!config.serverMetadata().end_session_endpoint) return null
    return client.buildEndSessionUrl(config, {
      post_logout_redirect_uri: postLogoutRedirectUri,
      state: client.randomState(),
    })
  }
}
