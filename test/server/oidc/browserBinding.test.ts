// A sign-in through a provider belongs to the browser that began it: the provider's answer, opened in
// any other browser (a link sent to someone, login CSRF), signs no one in, for families and for staff.
import { beforeEach, describe, expect, it } from 'vitest'
import { API_PREFIX } from '../../../src/protocol'
import { startServer } from '../../../src/server/startServer'
import { useTestServer } from '../support/testServer'
import { ProviderBrowser } from './support/providerBrowser'
import { hanne, tone } from './support/providerPeople'
import { reachCallback, visitCallback } from './support/signInFlow'

const world = useTestServer({ demo: true, localIdp: true })

beforeEach(() => world().clock.set(new Date().toISOString()))

/** The cookie a sign-in's start sets, as its Set-Cookie line says it. */
async function startCookie(appUrl: string, provider: 'idporten' | 'staff'): Promise<string> {
  const response = await fetch(`${appUrl}${API_PREFIX}/auth/${provider}/start`, { redirect: 'manual' })
  expect(response.status).toBe(303)
  const [cookie] = response.headers.getSetCookie()
  return cookie ?? ''
}

describe('a sign-in begun in one browser', () => {
  for (const { provider, person, page } of [
    { provider: 'idporten', person: hanne.sub, page: '/sign-in' },
    { provider: 'staff', person: tone.sub, page: '/kommune/logg-inn' },
  ] as const) {
    it(`is refused in another browser, and still finishes in its own (${provider})`, async () => {
      const signIn = await reachCallback(world().url, { provider, person })

      const elsewhere = await visitCallback({ ...signIn, browser: new ProviderBrowser() })
      expect(elsewhere.pathname).toBe(page)
      expect(elsewhere.searchParams.get('error')).toBe('expired')

      expect((await visitCallback(signIn)).pathname).toBe(`${page}/complete`)
    })
  }

  it('gives the browser a cookie for the callback only, out of reach of scripts, for ten minutes', async () => {
    const cookie = await startCookie(world().url, 'idporten')
    expect(cookie).toMatch(/^pusterom_sign_in=[A-Za-z0-9_-]{43};/)
    expect(cookie).toContain('Path=/api/v1/auth/idporten/callback')
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Lax')
    expect(cookie).toContain('Max-Age=600')
    expect(cookie).not.toContain('Secure')
  })

  it('marks the cookie Secure where the app is served over https', async () => {
    const secure = await startServer({
      database: world().db,
      clock: world().clock,
      log: () => {},
      config: { localIdpPort: 0, publicUrl: 'https://pusterom.example.test' },
    })
    try {
      expect(await startCookie(secure.url, 'staff')).toContain('Secure')
    } finally {
      await secure.close()
    }
  })
})
