// How a record system gets an access token for the FHIR face, as from Maskinporten or HelseID: it signs a
// client assertion (RFC 7523) with its own key and sends it to the issuer's token endpoint with the client
// credentials grant. Used by `npm run fhir:token` with the demo keys, and by the tests.
import { randomUUID } from 'node:crypto'
import { importJWK, SignJWT } from 'jose'
import type { DemoRecordSystem } from '../seed/demoRecordSystems'

export interface TokenRequest {
  /** The issuer: the audience of the client assertion. */
  issuer: string
  tokenEndpoint: string
  system: Pick<DemoRecordSystem, 'clientId' | 'privateJwk' | 'scopes'>
  /** Space-separated; all the client's scopes when left out. */
  scope?: string
}

/** A client assertion valid for a minute (by this machine's clock, as the issuer reads it). */
export async function clientAssertion(request: Pick<TokenRequest, 'issuer' | 'system'>): Promise<string> {
  const { clientId, privateJwk } = request.system
  return new SignJWT({})
    .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(request.issuer)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(await importJWK(privateJwk, 'ES256'))
}

/** The token endpoint's answer to the request: its status and JSON body. */
export async function requestToken(request: TokenRequest): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: await clientAssertion(request),
    scope: request.scope ?? request.system.scopes.join(' '),
  })
  const response = await fetch(request.tokenEndpoint, { method: 'POST', body: form })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}
