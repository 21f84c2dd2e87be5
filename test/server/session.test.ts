import { describe, expect, it } from 'vitest'
import { ErrorBody, SessionResponse } from '../../src/protocol'
import { LOGIN_FAILURES_ALLOWED, LOGIN_WINDOW_MS } from '../../src/server/auth/loginThrottle'
import { SESSION_LIFETIME_MS } from '../../src/server/auth/sessions'
import { useTestServer } from './support/testServer'

const world = useTestServer({ demo: true })

describe('signing in and out', () => {
  it('signs a parent in with the demo password and says which household they belong to', async () => {
    const response = await world().anonymous.post('/session', { username: 'lunner-forelder-1', password: 'demo' })
    expect(response.status).toBe(200)
    const session = SessionResponse.parse(response.body)
    expect(session.user).toMatchObject({ name: 'Hanne Berg', role: 'caregiver' })
    expect(session.user.householdId).not.toBeNull()
    expect(Date.parse(session.expiresAt) - world().clock.now()).toBe(SESSION_LIFETIME_MS)
  })

  it('gives both parents of one family the same household', async () => {
    const first = await world().signIn('lunner-forelder-1')
    const second = await world().signIn('lunner-forelder-2')
    expect(second.user.householdId).toBe(first.user.householdId)
    expect((await world().signIn('lunner-forelder-3')).user.householdId).not.toBe(first.user.householdId)
  })

  it('signs staff in to their municipality without a household', async () => {
    const staff = await world().signIn('lunner-ansatt')
    const parent = await world().signIn('lunner-forelder-1')
    expect(staff.user).toMatchObject({ role: 'staff', householdId: null, municipalityId: parent.user.municipalityId })
  })

  it('refuses a wrong password with 401 in the shared error shape', async () => {
    const response = await world().anonymous.post('/session', { username: 'gjovik-forelder-1', password: 'wrong' })
    expect(response.status).toBe(401)
    expect(ErrorBody.parse(response.body).error.code).toBe('unauthorized')
  })

  it('answers an unknown username exactly as a wrong password, so usernames cannot be probed', async () => {
    const unknown = await world().anonymous.post('/session', { username: 'nobody-here', password: 'demo' })
    const wrong = await world().anonymous.post('/session', { username: 'gjovik-ansatt', password: 'nope' })
    expect(unknown.status).toBe(401)
    expect(unknown.body).toEqual(wrong.body)
  })

  it('ends the session on sign-out, so the token no longer works', async () => {
    const { token } = await world().signIn('lunner-forelder-3')
    const client = world().anonymous.withToken(token)
    expect((await client.get('/municipality')).status).toBe(200)
    expect((await client.delete('/session')).status).toBe(204)
    const after = await client.get('/municipality')
    expect(after.status).toBe(401)
    expect(ErrorBody.parse(after.body).error.code).toBe('unauthorized')
  })

  it('treats a session older than 30 days as signed out', async () => {
    const { token } = await world().signIn('gjovik-forelder-1')
    const client = world().anonymous.withToken(token)
    world().clock.advance(SESSION_LIFETIME_MS - 1000)
    expect((await client.get('/municipality')).status).toBe(200)
    world().clock.advance(1000)
    expect((await client.get('/municipality')).status).toBe(401)
    world().clock.set('2026-11-23T10:00:00.000Z')
  })

  it('answers 401 to a request with no token, a made-up token or a malformed header', async () => {
    const { anonymous } = world()
    expect((await anonymous.get('/municipality')).status).toBe(401)
    expect((await anonymous.withToken('x'.repeat(43)).get('/municipality')).status).toBe(401)
    expect(
      (await anonymous.get('/municipality', { headers: { authorization: 'Basic bHVubmVyOmRlbW8=' } })).status,
    ).toBe(401)
  })

  it('keeps only a hash of each token, never the token itself', async () => {
    const { token } = await world().signIn('lunner-forelder-2')
    const rows = await world().db.query<{ token_hash: string }>('SELECT token_hash FROM sessions')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.some((row) => row.token_hash === token)).toBe(false)
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true)
  })

  it('stores each password as a salted scrypt hash, different for two users with the same password', async () => {
    const rows = await world().db.query<{ password_hash: string }>(
      "SELECT password_hash FROM users WHERE username IN ('lunner-forelder-1', 'lunner-forelder-2')",
    )
    expect(rows).toHaveLength(2)
    expect(rows.every((row) => row.password_hash.startsWith('scrypt$'))).toBe(true)
    expect(rows[0]?.password_hash).not.toBe(rows[1]?.password_hash)
  })
})

describe('throttling sign-ins', () => {
  it('refuses the next sign-in after five failures for one username with 429, even with the right password', async () => {
    const { anonymous } = world()
    for (let attempt = 0; attempt < LOGIN_FAILURES_ALLOWED; attempt++) {
      expect(
        (await anonymous.post('/session', { username: 'lunner-ansatt', password: `guess-${attempt}` })).status,
      ).toBe(401)
    }
    const refused = await anonymous.post('/session', { username: 'lunner-ansatt', password: 'demo' })
    expect(refused.status).toBe(429)
    expect(ErrorBody.parse(refused.body).error.code).toBe('rate_limited')
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another username from the same address is not held back.
    expect((await anonymous.post('/session', { username: 'gjovik-ansatt', password: 'demo' })).status).toBe(200)
  })

  it('lets the user sign in again once the window has passed', async () => {
    world().clock.advance(LOGIN_WINDOW_MS + 1000)
    expect((await world().anonymous.post('/session', { username: 'lunner-ansatt', password: 'demo' })).status).toBe(200)
    world().clock.set('2026-11-23T10:00:00.000Z')
  })
})
