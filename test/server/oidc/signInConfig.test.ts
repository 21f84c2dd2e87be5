// How a municipality configures the real ID-porten and its own staff provider, and the key that person
// numbers are hashed with.
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { readConfig } from '../../../src/server/config'
import { loadPidHashKey, pidHash } from '../../../src/server/oidc/pidHash'
import { openTestDatabase } from '../support/testDatabase'

const privateJwk = JSON.stringify({
  ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
  kid: 'pusterom-2026',
})

describe('configuring the providers', () => {
  it('reads the real ID-porten with private_key_jwt and the level of assurance asked for', () => {
    const config = readConfig({
      DATABASE_URL: 'postgres://127.0.0.1/pusterom',
      VAPID_SUBJECT: 'mailto:drift@lunner.kommune.no',
      IDPORTEN_ISSUER: 'https://idporten.no',
      IDPORTEN_CLIENT_ID: 'lunner-pusterom',
      IDPORTEN_CLIENT_JWK: privateJwk,
      IDPORTEN_ACR: 'idporten-loa-high',
    })
    expect(config.idporten).toMatchObject({
      issuer: 'https://idporten.no',
      clientId: 'lunner-pusterom',
      minimumAcr: 'idporten-loa-high',
      authorizationParams: { acr_values: 'idporten-loa-high' },
    })
    expect(config.idporten?.clientJwk?.kid).toBe('pusterom-2026')
    expect(config.localIdpPort).toBeNull()
    expect(config.passwordLogin).toBe(false)
  })

  it('refuses to start with ID-porten but no client id, no client key, or an unknown level', () => {
    expect(() => readConfig({ IDPORTEN_ISSUER: 'https://idporten.no', IDPORTEN_CLIENT_JWK: privateJwk })).toThrow(
      /IDPORTEN_CLIENT_ID/,
    )
    expect(() => readConfig({ IDPORTEN_ISSUER: 'https://idporten.no', IDPORTEN_CLIENT_ID: 'x' })).toThrow(
      /IDPORTEN_CLIENT_JWK/,
    )
    expect(() =>
      readConfig({
        IDPORTEN_ISSUER: 'https://idporten.no',
        IDPORTEN_CLIENT_ID: 'x',
        IDPORTEN_CLIENT_JWK: '{"kty":"RSA"}',
      }),
    ).toThrow(/private JWK/)
    expect(() =>
      readConfig({
        IDPORTEN_ISSUER: 'https://idporten.no',
        IDPORTEN_CLIENT_ID: 'x',
        IDPORTEN_CLIENT_JWK: privateJwk,
        IDPORTEN_ACR: 'idporten-loa-low',
      }),
    ).toThrow(/IDPORTEN_ACR/)
  })

  it("reads the staff provider's issuer, client and which claims make someone staff", () => {
    const config = readConfig({
      STAFF_OIDC_ISSUER: 'https://login.microsoftonline.com/lunner-tenant/v2.0',
      STAFF_OIDC_CLIENT_ID: 'pusterom-staff',
      STAFF_OIDC_CLIENT_SECRET: 'secret',
      STAFF_OIDC_ROLE_VALUE: 'Pusterom.Staff',
      STAFF_OIDC_ACCOUNT_CLAIM: 'email',
    })
    expect(config.staffIdp).toMatchObject({
      clientSecret: 'secret',
      roleClaim: 'roles',
      roleValue: 'Pusterom.Staff',
      accountClaim: 'email',
    })
  })
})

describe('the person-number hash key', () => {
  it('is made once and kept in the database when PID_HASH_KEY is not set', async () => {
    const db = await openTestDatabase()
    const first = await loadPidHashKey(db, {})
    expect(first.length).toBeGreaterThanOrEqual(32)
    expect((await loadPidHashKey(db, {})).equals(first)).toBe(true)
    await db.close()
  })

  it('comes from PID_HASH_KEY when set, and hashes the same number differently under another key', async () => {
    const db = await openTestDatabase()
    const key = randomBytes(32).toString('base64url')
    const fromEnv = await loadPidHashKey(db, { PID_HASH_KEY: key })
    expect(fromEnv.toString('base64url')).toBe(key)
    expect(pidHash(fromEnv, '12838610089')).not.toBe(pidHash(await loadPidHashKey(db, {}), '12838610089'))
    await expect(loadPidHashKey(db, { PID_HASH_KEY: 'short' })).rejects.toThrow(/PID_HASH_KEY/)
    await db.close()
  })
})
