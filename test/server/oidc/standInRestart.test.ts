// Demo mode: the local stand-in providers keep their keys with the data, so a server restarted on the
// same database still signs out a family that signed in before the restart, back to the sign-in page.
import { describe, expect, it } from 'vitest'
import { API_PREFIX, SessionResponse, SignOutResponse } from '../../../src/protocol'
import { seedDemo } from '../../../src/server/seed/demoSeed'
import { startServer, type RunningServer } from '../../../src/server/startServer'
import { ApiClient } from '../support/apiClient'
import { openTestDatabase } from '../support/testDatabase'
import { testClock } from '../../support/testClock'
import { ProviderBrowser } from './support/providerBrowser'
import { hanne } from './support/providerPeople'
import { followSignOut, reachCallback, visitCallback } from './support/signInFlow'

/** The keys the stand-in ID-porten publishes, read the way a relying party finds them. */
async function publishedKeys(server: RunningServer): Promise<unknown> {
  const start = await fetch(`${server.url}${API_PREFIX}/auth/idporten/start`, { redirect: 'manual' })
  const issuer = `${new URL(start.headers.get('location') ?? '').origin}/idporten`
  const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as { jwks_uri: string }
  return (await fetch(discovery.jwks_uri)).json()
}

describe('the demo stand-in providers after a restart', () => {
  it('publish the same keys, and sign out a family that signed in before it', async () => {
    const clock = testClock(new Date().toISOString())
    const db = await openTestDatabase()
    await seedDemo(db, clock)
    const start = () => startServer({ database: db, clock, log: () => {}, config: { localIdpPort: 0 } })
    const before = await start()
    const browser = new ProviderBrowser()
    const landing = await visitCallback(await reachCallback(before.url, { person: hanne.sub, browser }))
    const exchanged = await new ApiClient(before.url).post('/session/exchange', {
      code: landing.searchParams.get('code'),
    })
    const { token } = SessionResponse.parse(exchanged.body)
    const keys = await publishedKeys(before)
    await before.close()

    const after = await start()
    try {
      expect(await publishedKeys(after)).toEqual(keys)
      const signOut = await new ApiClient(after.url).withToken(token).post('/auth/sign-out')
      const { endSessionUrl } = SignOutResponse.parse(signOut.body)
      const landing = await followSignOut(browser, endSessionUrl ?? '')
      expect(`${landing.origin}${landing.pathname}`).toBe(`${after.url}/sign-in`)
    } finally {
      await after.close()
      await db.close()
    }
  }, 120_000)
})
