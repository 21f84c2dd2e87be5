// Guessing passwords: each sign-in takes its place in the counts before its password is checked, so
// guesses sent all at once are held to the same limits as guesses sent one by one; one address is held
// back across usernames, and guessing from one address never locks the family out from home.
import { afterEach, describe, expect, it } from 'vitest'
import { ErrorBody } from '../../src/protocol'
import {
  attemptFailed,
  attemptSucceeded,
  LOGIN_FAILURES_ALLOWED,
  LOGIN_FAILURES_PER_ADDRESS,
  LOGIN_WINDOW_MS,
  reserveAttempt,
} from '../../src/server/auth/loginThrottle'
import { useTestServer } from './support/testServer'

const world = useTestServer({ demo: true })
afterEach(() => world().clock.advance(LOGIN_WINDOW_MS + 1000))

const statuses = (responses: Array<{ status: number }>) =>
  responses.reduce<Record<number, number>>(
    (count, { status }) => ({ ...count, [status]: (count[status] ?? 0) + 1 }),
    {},
  )

/** A sign-in attempt from `address`, on the throttle itself (the test server only hears loopback). */
async function attemptFrom(address: string, username: string, rightPassword = false): Promise<boolean> {
  const { db, clock } = world()
  const reservation = await reserveAttempt(db, username, address, clock)
  if (!reservation.allowed) return false
  if (rightPassword) await attemptSucceeded(db, reservation.attempt)
  else await attemptFailed(db, clock)
  return true
}

describe('guessing passwords over the API', () => {
  it('checks only five of sixty wrong passwords for one parent sent at once', async () => {
    const { anonymous } = world()
    const guesses = Array.from({ length: 60 }, (_, index) =>
      anonymous.post('/session', { username: 'lunner-forelder-1', password: `guess-${index}` }),
    )
    const responses = await Promise.all(guesses)
    expect(statuses(responses)).toEqual({ 401: LOGIN_FAILURES_ALLOWED, 429: 60 - LOGIN_FAILURES_ALLOWED })
    const refused = responses.find((response) => response.status === 429)!
    expect(ErrorBody.parse(refused.body).error.code).toBe('rate_limited')
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('checks only twenty guesses from one address spread over many usernames', async () => {
    const { anonymous } = world()
    const guesses = Array.from({ length: 40 }, (_, index) =>
      anonymous.post('/session', { username: `gjetning-${index}`, password: 'demo' }),
    )
    expect(statuses(await Promise.all(guesses))).toEqual({
      401: LOGIN_FAILURES_PER_ADDRESS,
      429: 40 - LOGIN_FAILURES_PER_ADDRESS,
    })
    const staff = await anonymous.post('/session', { username: 'lunner-ansatt', password: 'demo' })
    expect(staff.status).toBe(429)
  })
})

describe('guessing from one address', () => {
  it('does not lock the parent out when they sign in from home', async () => {
    for (let index = 0; index < LOGIN_FAILURES_ALLOWED; index++)
      expect(await attemptFrom('203.0.113.9', 'lunner-forelder-3')).toBe(true)
    expect(await attemptFrom('203.0.113.9', 'lunner-forelder-3', true)).toBe(false)

    expect(await attemptFrom('198.51.100.20', 'lunner-forelder-3', true)).toBe(true)
  })

  it('holds back a whole IPv6 /64, and an IPv4 address however it is written', async () => {
    for (let index = 1; index <= LOGIN_FAILURES_PER_ADDRESS; index++)
      expect(await attemptFrom(`2001:db8:5:6::${index.toString(16)}`, `gjetning-${index}`)).toBe(true)
    expect(await attemptFrom('2001:db8:5:6:ffff::1', 'gjetning-x')).toBe(false)
    expect(await attemptFrom('2001:db8:5:7::1', 'gjetning-x')).toBe(true)

    for (let index = 0; index < LOGIN_FAILURES_ALLOWED; index++)
      expect(await attemptFrom('::ffff:198.51.100.7', 'gjovik-ansatt')).toBe(true)
    expect(await attemptFrom('198.51.100.7', 'gjovik-ansatt', true)).toBe(false)
  })

  it('does not count right passwords against it', async () => {
    for (let index = 0; index < LOGIN_FAILURES_PER_ADDRESS + 5; index++)
      expect(await attemptFrom('198.51.100.30', `forelder-${index % 3}`, true)).toBe(true)
    expect(await attemptFrom('198.51.100.30', 'lunner-forelder-1')).toBe(true)
  })

  it('counts afresh once the window has passed', async () => {
    for (let index = 0; index < LOGIN_FAILURES_ALLOWED; index++)
      expect(await attemptFrom('203.0.113.10', 'lunner-ansatt')).toBe(true)
    expect(await attemptFrom('203.0.113.10', 'lunner-ansatt')).toBe(false)
    world().clock.advance(LOGIN_WINDOW_MS + 1000)
    expect(await attemptFrom('203.0.113.10', 'lunner-ansatt', true)).toBe(true)
  })
})
