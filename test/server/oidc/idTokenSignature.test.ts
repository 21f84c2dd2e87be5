// The ID token from the provider's token endpoint is believed only when the provider's own key signed
// it and it was issued no later than now: a token endpoint on loopback answers with forged ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RelyingParty } from '../../../src/server/oidc/relyingParty'
import { testClock } from '../../support/testClock'
import { aSigningKey, signedJwt, startForgingProvider, type ForgingProvider } from './support/forgingProvider'

const CLIENT_ID = 'pusterom-test'
const REDIRECT_URI = 'http://127.0.0.1:9/api/v1/auth/idporten/callback'
let provider: ForgingProvider
beforeAll(async () => {
  provider = await startForgingProvider()
})
afterAll(() => provider.close())

/** Starts a sign-in, lets the token endpoint answer with the token `forge` makes for it, and finishes it. */
async function finishWith(forge: (claims: Record<string, unknown>) => string) {
  const relyingParty = new RelyingParty(
    { issuer: provider.issuer, clientId: CLIENT_ID, scope: 'openid' },
    testClock(new Date().toISOString()),
  )
  const started = await relyingParty.authorize(REDIRECT_URI)
  const now = Math.floor(Date.now() / 1000)
  const claims = {
    iss: provider.issuer,
    aud: CLIENT_ID,
    sub: 'a-person',
    iat: now,
    exp: now + 120,
    nonce: started.nonce,
  }
  provider.answerWith(forge(claims))
  const callback = new URL(`${REDIRECT_URI}?code=a-code&state=${started.state}`)
  return relyingParty.finish(callback, started)
}

const real = { alg: 'RS256', kid: 'real', typ: 'JWT' }

describe('an ID token from the token endpoint', () => {
  it('is taken when the provider signed it', async () => {
    const verified = await finishWith((claims) => signedJwt(real, claims, provider.realKey.privateKey))
    expect(verified.claims.sub).toBe('a-person')
  })

  it('is refused when its signature does not match what it says', async () => {
    const forged = finishWith((claims) => {
      const [header, , signature] = signedJwt(real, claims, provider.realKey.privateKey).split('.')
      const altered = Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString('base64url')
      return `${header}.${altered}.${signature}`
    })
    await expect(forged).rejects.toThrow()
  })

  it("is refused when it is signed with another key under a kid the provider's keys do not have", async () => {
    const attacker = aSigningKey()
    const forged = finishWith((claims) => signedJwt({ ...real, kid: 'attacker' }, claims, attacker.privateKey))
    await expect(forged).rejects.toThrow()
  })

  it('is refused when it carries the key that signed it in its own header', async () => {
    const attacker = aSigningKey()
    const header = { alg: 'RS256', typ: 'JWT', jwk: attacker.publicJwk }
    await expect(finishWith((claims) => signedJwt(header, claims, attacker.privateKey))).rejects.toThrow()
  })

  it("is refused when it is signed with another key under the provider's own kid", async () => {
    const attacker = aSigningKey()
    await expect(finishWith((claims) => signedJwt(real, claims, attacker.privateKey))).rejects.toThrow()
  })

  it('is refused when it is not signed at all', async () => {
    const unsigned = (claims: object) =>
      `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`
    await expect(finishWith(unsigned)).rejects.toThrow()
  })

  it('is refused when it says it was issued an hour from now', async () => {
    const later = finishWith((claims) =>
      signedJwt(
        real,
        { ...claims, iat: Number(claims.iat) + 3600, exp: Number(claims.exp) + 3600 },
        provider.realKey.privateKey,
      ),
    )
    await expect(later).rejects.toThrow()
  })
})
