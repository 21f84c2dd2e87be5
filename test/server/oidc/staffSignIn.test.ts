// Staff sign in through the municipality's own identity provider (the local stand-in for e.g. Entra ID):
// the role claim decides who is staff, the subject claim which provisioned staff account they are.
import { beforeEach, describe, expect, it } from 'vitest'
import { SessionResponse } from '../../../src/protocol'
import { useTestServer } from '../support/testServer'
import { kari, tone } from './support/providerPeople'
import { reachCallback, visitCallback } from './support/signInFlow'

const world = useTestServer({ demo: true, localIdp: true })

beforeEach(() => world().clock.set(new Date().toISOString()))

describe("signing staff in with the municipality's provider", () => {
  it('signs a member of staff in to their own staff account, without a household', async () => {
    const landing = await visitCallback(await reachCallback(world().url, { provider: 'staff', person: tone.sub }))
    expect(landing.pathname).toBe('/kommune/logg-inn/complete')
    const response = await world().anonymous.post('/session/exchange', { code: landing.searchParams.get('code') })
    const session = SessionResponse.parse(response.body)
    const byPassword = await world().signIn('lunner-ansatt')
    expect(session.user).toEqual(byPassword.user)
    expect(session.user).toMatchObject({ role: 'staff', householdId: null })
  })

  it('refuses someone the provider does not give the staff role', async () => {
    const landing = await visitCallback(await reachCallback(world().url, { provider: 'staff', person: kari.sub }))
    expect(landing.pathname).toBe('/kommune/logg-inn')
    expect(landing.searchParams.get('error')).toBe('notProvisioned')
  })
})
