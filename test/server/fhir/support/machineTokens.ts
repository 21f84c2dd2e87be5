// Access tokens for the FHIR face in tests: from the stand-in token endpoint as a record system gets them,
// or made here (signed with the stand-in's own key or another) to be wrong in exactly one way.
import { generateKeyPairSync, randomUUID } from 'node:crypto'
import { importJWK, SignJWT, type JWK, type JWTPayload } from 'jose'
import { expect } from 'vitest'
import { requestToken } from '../../../../src/server/localIdp/recordSystemToken'
import { loadStandInKeys } from '../../../../src/server/localIdp/standInKeys'
import { organisationClaim } from '../../../../src/server/oidc/organisationClaim'
import { DEMO_RECORD_SYSTEMS } from '../../../../src/server/seed/demoRecordSystems'
import type { TestServer } from '../../support/testServer'
import { FhirClient } from './fhirClient'

export type DemoMunicipality = keyof typeof DEMO_RECORD_SYSTEMS

function issuerOf(world: TestServer) {
  const tokens = world.server.machineTokens
  if (!tokens) throw new Error('the test server has no token issuer: start it with localIdp')
  return tokens
}

/** The stand-in token endpoint's answer to the municipality's demo record system. */
export function askForToken(world: TestServer, municipality: DemoMunicipality, scope?: string) {
  const { issuer } = issuerOf(world)
  return requestToken({
    issuer,
    tokenEndpoint: `${issuer}/token`,
    system: DEMO_RECORD_SYSTEMS[municipality],
    ...(scope === undefined ? {} : { scope }),
  })
}

/** A FHIR client signed in as the municipality's demo record system, with all its scopes or `scope`. */
export async function recordSystem(world: TestServer, municipality: DemoMunicipality, scope?: string) {
  const { status, body } = await askForToken(world, municipality, scope)
  expect(status, JSON.stringify(body)).toBe(200)
  return new FhirClient(world.url, body.access_token as string)
}

const aForeignKey = (): JWK => ({
  ...(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }) as JWK),
  kid: 'foreign',
})

/**
 * An access token as the stand-in issues Lunner's record system, valid for two minutes by the server's
 * clock, but for what `changes` say (`key: 'foreign'` signs it with a key the issuer does not publish).
 */
export async function madeToken(
  world: TestServer,
  changes: { claims?: JWTPayload; key?: 'foreign' } = {},
): Promise<string> {
  const { issuer, audience } = issuerOf(world)
  const system = DEMO_RECORD_SYSTEMS.lunner
  const now = Math.floor(world.clock.now() / 1000)
  const jwk = changes.key === 'foreign' ? aForeignKey() : (await loadStandInKeys(world.db)).signing.privateJwk
  return new SignJWT({
    iss: issuer,
    aud: audience,
    client_id: system.clientId,
    scope: system.scopes.join(' '),
    jti: randomUUID(),
    iat: now,
    exp: now + 120,
    ...organisationClaim(system.organisationNumber),
    ...changes.claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid: jwk.kid as string, typ: 'at+jwt' })
    .sign(await importJWK(jwk, 'RS256'))
}
