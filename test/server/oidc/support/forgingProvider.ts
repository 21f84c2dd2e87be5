// An OpenID provider on loopback whose token endpoint answers with whatever ID token the test forges:
// discovery and JWKS as a real provider publishes them, with one signing key under the kid `real`.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { generateKeyPairSync, sign, type JsonWebKey, type KeyObject } from 'node:crypto'

export interface SigningKey {
  privateKey: KeyObject
  publicJwk: JsonWebKey
}

export function aSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return { privateKey, publicJwk: publicKey.export({ format: 'jwk' }) }
}

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')

/** A compact JWS of `claims` under `header`, signed RS256 with `key`. */
export function signedJwt(header: object, claims: object, key: KeyObject): string {
  const input = `${part(header)}.${part(claims)}`
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`
}

export interface ForgingProvider {
  issuer: string
  /** The key the provider's JWKS publishes under the kid `real`. */
  realKey: SigningKey
  /** What the token endpoint answers as the ID token from now on. */
  answerWith(idToken: string): void
  close(): Promise<void>
}

export async function startForgingProvider(): Promise<ForgingProvider> {
  const realKey = aSigningKey()
  let idToken = ''
  const server = createServer((request, response) => {
    request.resume()
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const documents: Record<string, object> = {
      '/.well-known/openid-configuration': {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
      },
      '/jwks': { keys: [{ ...realKey.publicJwk, kid: 'real', alg: 'RS256', use: 'sig' }] },
      '/token': { access_token: 'an-access-token', token_type: 'Bearer', expires_in: 120, id_token: idToken },
    }
    const document = documents[new URL(request.url ?? '/', issuer).pathname]
    response.writeHead(document ? 200 : 404, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    response.end(document ? JSON.stringify(document) : '{}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    issuer: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    realKey,
    answerWith: (token) => (idToken = token),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
