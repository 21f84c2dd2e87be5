// When the token issuer's key set cannot be fetched (nothing listens, it answers 500, it answers no key set),
// a record system's token is not at fault: the FHIR face answers 503 so the client tries again, not 401.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { generateKeyPairSync } from 'node:crypto'
import { importJWK, SignJWT, type JWK } from 'jose'
import { afterAll, describe, expect, it } from 'vitest'
import { testClock } from '../../support/testClock'
import { ApiError } from '../../../src/server/errors/apiError'
import { machineTokenCheck } from '../../../src/server/fhir/machineClients'
import type { Queryable } from '../../../src/server/storage/database'

const ISSUER = 'http://127.0.0.1/issuer'
const AUDIENCE = 'http://127.0.0.1/fhir/R4'
const clock = testClock('2026-11-23T10:00:00Z')
const noDatabase = {} as Queryable // never reached: the token is refused before any query
const servers: Server[] = []
afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))))

/** A loopback server answering every request with `status` and `body`; its URL. */
async function answering(status: number, body: string): Promise<string> {
  const server = createServer((_, response) => response.writeHead(status).end(body))
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`
}

/** A loopback address where nothing listens any more. */
async function nothingListening(): Promise<string> {
  const url = await answering(200, '{}')
  const server = servers.pop()!
  await new Promise((resolve) => server.close(resolve))
  return url
}

async function aToken(): Promise<string> {
  const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }) as JWK
  const now = Math.floor(clock.now() / 1000)
  return new SignJWT({ iss: ISSUER, aud: AUDIENCE, client_id: 'gerica', iat: now, exp: now + 120 })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .sign(await importJWK(jwk, 'RS256'))
}

async function codeWith(jwksUrl: string): Promise<string> {
  const check = machineTokenCheck({ issuer: ISSUER, audience: AUDIENCE, jwksUrl }, clock)
  const error: unknown = await check(await aToken(), noDatabase).catch((thrown: unknown) => thrown)
  return error instanceof ApiError ? error.code : String(error)
}

describe("a record system's token when the issuer's keys cannot be fetched", () => {
  it('answers 503 when nothing listens at the key set address', async () => {
    expect(await codeWith(await nothingListening())).toBe('unavailable')
  })

  it('answers 503 when the key set address answers 500', async () => {
    expect(await codeWith(await answering(500, 'down'))).toBe('unavailable')
  })

  it('answers 503 when the key set address answers no key set', async () => {
    expect(await codeWith(await answering(200, '<html>maintenance</html>'))).toBe('unavailable')
  })

  it('still answers 401 when the keys are there but none signed the token', async () => {
    const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }) as JWK
    const keySet = JSON.stringify({ keys: [{ ...jwk, kid: 'another', alg: 'RS256', use: 'sig' }] })
    expect(await codeWith(await answering(200, keySet))).toBe('unauthorized')
  })
})
