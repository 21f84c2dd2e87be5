// A family signs in through ID-porten (the local stand-in): the answer is checked (state, nonce, PKCE,
// issuer, expiry) and used once, the person number maps to a provisioned caregiver and is kept only as
// a keyed hash, and signing out ends the ID-porten session too.
import { randomBytes } from 'node:crypto'
import { beforeEach, describe, expect, it } from 'vitest'
import { API_PREFIX, AuthMethodsResponse, ErrorBody, SessionResponse, SignOutResponse } from '../../../src/protocol'
import type { IDToken } from 'openid-client'
import { loadPidHashKey } from '../../../src/server/oidc/pidHash'
import { RelyingParty } from '../../../src/server/oidc/relyingParty'
import { idportenProvider } from '../../../src/server/oidc/signInProviders'
import { useTestServer } from '../support/testServer'
import { hanne, jonas } from './support/providerPeople'
import { ProviderBrowser } from './support/providerBrowser'
import { followSignOut, reachCallback, visitCallback } from './support/signInFlow'

const world = useTestServer({ demo: true, localIdp: true })

// The stand-in provider stamps tokens with the machine's time; the server checks them with its own clock.
beforeEach(() => world().clock.set(new Date().toISOString()))

async function exchange(code: string | null) {
  return world().anonymous.post('/session/exchange', { code })
}

async function signInAs(sub: string, browser?: ProviderBrowser) {
  const landing = await visitCallback(await reachCallback(world().url, { person: sub, browser }))
  expect(landing.pathname).toBe('/sign-in/complete')
  const response = await exchange(landing.searchParams.get('code'))
  expect(response.status).toBe(200)
  return SessionResponse.parse(response.body)
}

function errorOf(landing: URL): string | null {
  expect(landing.pathname).toBe('/sign-in')
  return landing.searchParams.get('error')
}

describe('signing in with ID-porten', () => {
  it('says that ID-porten, the staff provider and (in demo mode) the password are the ways in', async () => {
    const response = await world().anonymous.get('/auth/methods')
    expect(AuthMethodsResponse.parse(response.body)).toEqual({ idporten: true, staff: true, password: true })
  })

  it('sends the browser to ID-porten with a PKCE challenge (S256), a state, a nonce and the level asked for', async () => {
    const hop = await new ProviderBrowser().request(`${world().url}${API_PREFIX}/auth/idporten/start?locale=nn`)
    expect(hop.status).toBe(303)
    const to = new URL(hop.location ?? '')
    expect(to.searchParams.get('code_challenge_method')).toBe('S256')
    expect(to.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(to.searchParams.get('state')).toBeTruthy()
    expect(to.searchParams.get('nonce')).toBeTruthy()
    expect(to.searchParams.get('acr_values')).toBe('idporten-loa-substantial')
    expect(to.searchParams.get('ui_locales')).toBe('nn')
  })

  it("signs a parent in by person number to their own household, as the parent's password login does", async () => {
    const session = await signInAs(hanne.sub)
    const byPassword = await world().signIn('lunner-forelder-1')
    expect(session.user).toEqual(byPassword.user)
    const client = world().anonymous.withToken(session.token)
    expect((await client.get('/municipality')).status).toBe(200)
  })

  it('hands the app a code that gives a session once only, so the token itself never sits in a URL', async () => {
    const landing = await visitCallback(await reachCallback(world().url, { person: hanne.sub }))
    expect(landing.href).not.toMatch(/token/i)
    const code = landing.searchParams.get('code')
    expect((await exchange(code)).status).toBe(200)
    const again = await exchange(code)
    expect(again.status).toBe(401)
    expect(ErrorBody.parse(again.body).error.code).toBe('unauthorized')
  })

  it('lets the code go stale after a minute', async () => {
    const landing = await visitCallback(await reachCallback(world().url, { person: hanne.sub }))
    world().clock.advance(61_000)
    expect((await exchange(landing.searchParams.get('code'))).status).toBe(401)
  })

  it("refuses ID-porten's answer a second time (a replayed code), and gives no second session", async () => {
    const signIn = await reachCallback(world().url, { person: hanne.sub })
    expect((await visitCallback(signIn)).pathname).toBe('/sign-in/complete')
    const sessionsBefore = await world().db.query('SELECT 1 FROM session_handoffs')
    const replayed = await visitCallback(signIn)
    expect(errorOf(replayed)).toBe('expired')
    expect(await world().db.query('SELECT 1 FROM session_handoffs')).toHaveLength(sessionsBefore.length)
  })

  it('refuses an answer whose state this server never handed out', async () => {
    const signIn = await reachCallback(world().url, { person: hanne.sub })
    const forged = new URL(signIn.callbackUrl)
    forged.searchParams.set('state', randomBytes(32).toString('base64url'))
    expect(errorOf(await visitCallback({ ...signIn, callbackUrl: forged.href }))).toBe('expired')
  })

  it('refuses an answer that arrives after the sign-in has waited ten minutes', async () => {
    const signIn = await reachCallback(world().url, { person: hanne.sub })
    world().clock.advance(10 * 60_000 + 1)
    expect(errorOf(await visitCallback(signIn))).toBe('expired')
  })

  it('refuses an answer that says it comes from another issuer', async () => {
    const signIn = await reachCallback(world().url, { person: hanne.sub })
    const forged = new URL(signIn.callbackUrl)
    forged.searchParams.set('iss', 'http://127.0.0.1:9/idporten')
    expect(errorOf(await visitCallback({ ...signIn, callbackUrl: forged.href }))).toBe('failed')
  })

  it('refuses an ID token issued for another sign-in attempt (its nonce does not match)', async () => {
    const signIn = await reachCallback(world().url, { person: hanne.sub })
    await world().db.query('UPDATE oidc_logins SET nonce = $1', [randomBytes(32).toString('base64url')])
    expect(errorOf(await visitCallback(signIn))).toBe('failed')
  })

  it('refuses to finish when the PKCE verifier does not match the challenge sent', async () => {
    const signIn = await reachCallback(world().url, { person: hanne.sub })
    await world().db.query('UPDATE oidc_logins SET code_verifier = $1', [randomBytes(32).toString('base64url')])
    expect(errorOf(await visitCallback(signIn))).toBe('failed')
  })

  it('refuses an ID token that has expired by the time it is checked', async () => {
    const signIn = await reachCallback(world().url, { person: hanne.sub })
    // ID-porten's ID tokens live two minutes; five minutes on, this one is stale (the sign-in itself is not).
    world().clock.advance(5 * 60_000)
    expect(errorOf(await visitCallback(signIn))).toBe('failed')
  })

  it('tells a person the municipality has given no access so, without a session', async () => {
    const landing = await visitCallback(await reachCallback(world().url, { person: jonas.sub }))
    expect(errorOf(landing)).toBe('notProvisioned')
  })

  it('says the parent stopped when they cancel at ID-porten', async () => {
    const landing = await visitCallback(await reachCallback(world().url, { person: hanne.sub, choice: 'cancel' }))
    expect(errorOf(landing)).toBe('cancelled')
  })

  it('refuses a sign-in at a lower level of assurance than the municipality asks for', async () => {
    const strict = idportenProvider(
      new RelyingParty({ issuer: 'http://127.0.0.1:9', clientId: 'unused', scope: 'openid' }, world().clock),
      await loadPidHashKey(world().db),
      'idporten-loa-high',
    )
    const signIn = (acr: string) => ({ claims: { acr, pid: hanne.pid } as unknown as IDToken })
    expect(await strict.userOf(world().db, signIn('idporten-loa-substantial'))).toEqual({ failure: 'failed' })
    expect(await strict.userOf(world().db, signIn('idporten-loa-high'))).toHaveProperty('userId')
  })

  it('answers 404 in the error shape for a provider it does not know', async () => {
    const response = await world().anonymous.get('/auth/bankid/start')
    expect(response.status).toBe(404)
    expect(ErrorBody.parse(response.body).error.code).toBe('not_found')
  })
})

describe('the person number', () => {
  it('is kept only as a keyed hash, and neither it nor the ID token is ever logged or kept', async () => {
    const session = await signInAs(hanne.sub)
    const tables = ['user_identities', 'oidc_logins', 'session_handoffs', 'oidc_sessions', 'sessions', 'users']
    for (const table of tables) {
      const rows = await world().db.query(`SELECT * FROM ${table}`)
      expect(JSON.stringify(rows)).not.toContain(hanne.pid)
    }
    const [identity] = await world().db.query<{ subject: string }>(
      "SELECT subject FROM user_identities WHERE provider = 'idporten' AND user_id = $1",
      [session.user.id],
    )
    expect(identity?.subject).toMatch(/^[0-9a-f]{64}$/)
    expect(await world().db.query('SELECT 1 FROM oidc_sessions WHERE id_token_sealed IS NOT NULL')).toEqual([])
    expect(world().logs.join('\n')).not.toContain(hanne.pid)
    expect(world().logs.join('\n')).not.toMatch(/code=|state=|eyJ/)
  })
})

describe('signing out', () => {
  /** Whether ID-porten still knows this browser: a new sign-in then comes straight back without asking. */
  async function idportenRemembers(browser: ProviderBrowser): Promise<boolean> {
    const callback = `${world().url}${API_PREFIX}/auth/idporten/callback`
    const hop = await browser.follow(`${world().url}${API_PREFIX}/auth/idporten/start`, (url) =>
      url.startsWith(callback),
    )
    return hop.location?.startsWith(callback) ?? false
  }

  it('ends the session here and the ID-porten session too, and comes back to the sign-in page', async () => {
    const browser = new ProviderBrowser()
    const session = await signInAs(hanne.sub, browser)
    expect(await idportenRemembers(browser)).toBe(true)
    const client = world().anonymous.withToken(session.token)
    const { endSessionUrl } = SignOutResponse.parse((await client.post('/auth/sign-out')).body)
    expect((await client.get('/municipality')).status).toBe(401)

    const end = new URL(endSessionUrl ?? '')
    expect(end.pathname).toBe('/idporten/session/end')
    // By the client's name, not the ID token: the address goes into the browser's history and ID-porten's logs.
    expect(end.searchParams.get('id_token_hint')).toBeNull()
    expect(end.href).not.toContain(hanne.pid)
    expect(end.href).not.toContain('eyJ')
    expect(end.searchParams.get('client_id')).toBe('pusterom-demo')
    expect(end.searchParams.get('state')).toBeTruthy()
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${world().url}/sign-in`)
    // The stand-in's page confirms by itself (a script submits its form); the test submits it.
    const landing = await followSignOut(browser, end.href)
    expect(landing.pathname).toBe('/sign-in')
    expect(landing.href.startsWith(world().url)).toBe(true)
    expect(await idportenRemembers(browser)).toBe(false)
  })

  it('answers no end-session address for a session that began with the demo password', async () => {
    const { token } = await world().signIn('lunner-forelder-2')
    const response = await world().anonymous.withToken(token).post('/auth/sign-out')
    expect(SignOutResponse.parse(response.body)).toEqual({ endSessionUrl: null })
  })
})
