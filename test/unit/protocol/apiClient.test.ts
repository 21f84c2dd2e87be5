import { describe, expect, it, vi } from 'vitest'
import { createApiClient, type ApiClientOptions } from '../../../src/protocol/apiClient'
import { MunicipalityResponse } from '../../../src/protocol/api'
import { aMunicipality } from '../../support/calendarBuilders'
import { aFetchAnswering, aJsonAnswer, anErrorAnswer, type Answer } from '../../support/fetchStandIn'
import { testClock } from '../../support/testClock'

const lunner = aMunicipality()
const origin = 'http://127.0.0.1:8080'

function aClient(answers: Answer[], options: Partial<ApiClientOptions> = {}) {
  const standIn = aFetchAnswering(...answers)
  const clock = testClock()
  const client = createApiClient({
    baseUrl: origin,
    token: () => 'token-of-hanne',
    fetch: standIn.fetch,
    scheduler: clock,
    ...options,
  })
  return { client, clock, asked: standIn.asked }
}

// The calls below are the API's own: a signed-in read, a sign-in, a write with a body and one with no answer.
const readMunicipality = (client: ReturnType<typeof createApiClient>, signal?: AbortSignal) =>
  client.request({ method: 'GET', path: '/municipality', schema: MunicipalityResponse, signal })
const signIn = (client: ReturnType<typeof createApiClient>) => client.createSession('lunner-forelder-1', 'wrong')

/** A fetch that waits until its request is aborted, as a request to a server that never answers. */
const neverAnswers: Answer = ({ init }) =>
  new Promise((_, reject) =>
    init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError'))),
  )

const failureOf = (call: Promise<unknown>) =>
  call.then(
    () => {
      throw new Error('the call succeeded')
    },
    (error: unknown) => error,
  )

describe('a call to the municipal API', () => {
  it('asks the API’s address with the session’s token, for JSON, never with cookies or from the cache', async () => {
    const { client, asked } = aClient([aJsonAnswer(lunner)])
    await readMunicipality(client)
    expect(asked[0]).toEqual({
      url: 'http://127.0.0.1:8080/api/v1/municipality',
      init: expect.objectContaining({
        method: 'GET',
        headers: { accept: 'application/json', authorization: 'Bearer token-of-hanne' },
        body: undefined,
        credentials: 'omit',
        cache: 'no-store',
      }) as unknown,
    })
  })

  it('sends a body as JSON', async () => {
    const { client, asked } = aClient([new Response(null, { status: 204 })])
    await client.unsubscribePush('https://push.example.com/send/abc123')
    expect(asked[0]?.url).toBe('http://127.0.0.1:8080/api/v1/push/subscriptions')
    expect(asked[0]?.init).toMatchObject({
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: '{"endpoint":"https://push.example.com/send/abc123"}',
    })
  })

  it('answers the response as its schema reads it', async () => {
    const { client } = aClient([aJsonAnswer({ ...lunner, name: '  Lunner kommune  ', unknownField: 1 })])
    expect(await readMunicipality(client)).toEqual({ ...lunner, name: 'Lunner kommune' })
  })

  it('answers nothing for a call without a result, whatever the body', async () => {
    const { client } = aClient([new Response('ok', { status: 200 })])
    expect(await client.unsubscribePush('https://push.example.com/send/abc123')).toBeUndefined()
  })

  it('does not call at all without a session, and says the session has run out', async () => {
    const { client, asked } = aClient([], { token: async () => null })
    const error = await failureOf(readMunicipality(client))
    expect([error, asked]).toEqual([expect.objectContaining({ kind: 'sessionExpired', message: 'not signed in' }), []])
  })

  it('signs in without a token', async () => {
    const { client, asked } = aClient([anErrorAnswer(401, 'unauthorized', 'wrong password')], { token: () => null })
    await failureOf(signIn(client))
    expect(asked[0]?.init.headers).toEqual({ accept: 'application/json', 'content-type': 'application/json' })
  })

  it('uses the browser’s fetch and timers when given none', async () => {
    const standIn = aFetchAnswering(aJsonAnswer(lunner))
    vi.stubGlobal('fetch', standIn.fetch)
    try {
      const client = createApiClient({ baseUrl: '', token: () => 'token-of-hanne' })
      expect(await readMunicipality(client)).toEqual(lunner)
      expect(standIn.asked[0]?.url).toBe('/api/v1/municipality')
    } finally {
      vi.unstubAllGlobals()
    }
  })
})

describe('an answer the app cannot use', () => {
  it.each([
    ['a body that is not JSON', new Response('<html>Logg inn på gjestenettet</html>'), 'the response is not JSON'],
    ['JSON of another shape', aJsonAnswer({ name: 'Lunner' }), 'the response has an unexpected shape'],
  ])('is malformed: %s', async (_, answer, why) => {
    const { client } = aClient([answer])
    expect(await failureOf(readMunicipality(client))).toMatchObject({
      kind: 'malformed',
      message: `GET /municipality: ${why}`,
      details: { status: 200 },
    })
  })

  it('is malformed when the body is cut off', async () => {
    const cutOff = new Response('{"id":')
    vi.spyOn(cutOff, 'text').mockRejectedValue(new TypeError('network error'))
    const { client } = aClient([cutOff])
    expect(await failureOf(readMunicipality(client))).toMatchObject({
      kind: 'malformed',
      message: 'GET /municipality: the response was cut off',
      details: { status: 200 },
    })
  })
})

describe('a refusal from the server', () => {
  it('tells a signed-in family their session has run out on 401', async () => {
    const { client } = aClient([anErrorAnswer(401, 'unauthorized', 'session expired')])
    expect(await failureOf(readMunicipality(client))).toMatchObject({ kind: 'sessionExpired' })
  })

  it('tells someone signing in that the username or password is wrong on 401', async () => {
    const { client } = aClient([anErrorAnswer(401, 'unauthorized', 'wrong password')])
    expect(await failureOf(signIn(client))).toMatchObject({
      kind: 'badCredentials',
      message: 'POST /session: wrong password',
    })
  })

  it('passes on the server’s code and words when it refuses a request', async () => {
    const { client } = aClient([anErrorAnswer(400, 'invalid_request', 'name: too long')])
    expect(await failureOf(readMunicipality(client))).toMatchObject({
      kind: 'refused',
      message: 'GET /municipality: name: too long',
      details: { status: 400, code: 'invalid_request', serverMessage: 'name: too long' },
    })
  })

  it.each([
    ['500 with the API’s error shape', anErrorAnswer(500, 'internal', 'internal error')],
    ['a gateway’s 502 page', new Response('<html>Bad gateway</html>', { status: 502 })],
  ])('is a server failure worth retrying: %s', async (_, answer) => {
    const { client } = aClient([answer])
    expect(await failureOf(readMunicipality(client))).toMatchObject({ kind: 'server', retryable: true })
  })

  it('names the status when the answer has no error shape', async () => {
    const { client } = aClient([new Response('<html>Not found</html>', { status: 404 })])
    expect(await failureOf(readMunicipality(client))).toMatchObject({
      kind: 'malformed',
      message: 'GET /municipality: HTTP 404',
      details: { status: 404, code: undefined, serverMessage: undefined },
    })
  })

  it('takes a redirect as an answer from something other than this API, whatever its body', async () => {
    const { client } = aClient([anErrorAnswer(302, 'not_found', 'moved')])
    expect(await failureOf(readMunicipality(client))).toMatchObject({ kind: 'malformed' })
  })

  it.each([
    ['30', 30_000],
    ['0', 0],
    ['1.5', 1_500],
    ['-1', undefined],
    ['soon', undefined],
    ['Infinity', undefined],
    [null, undefined],
  ])('waits as told when asked to slow down with Retry-After %s', async (header, retryAfterMs) => {
    const headers: Record<string, string> = header === null ? {} : { 'retry-after': header }
    const { client } = aClient([anErrorAnswer(429, 'rate_limited', 'slow down', headers)])
    const error = await failureOf(readMunicipality(client))
    expect(error).toMatchObject({ kind: 'rateLimited', details: { status: 429, code: 'rate_limited' } })
    expect((error as { details: { retryAfterMs?: number } }).details.retryAfterMs).toBe(retryAfterMs)
  })
})

describe('a call that never gets its answer', () => {
  it('is offline when the network cannot be used', async () => {
    const { client } = aClient([new TypeError('Failed to fetch')])
    expect(await failureOf(readMunicipality(client))).toMatchObject({
      kind: 'offline',
      message: 'GET /municipality: network unavailable',
    })
  })

  it('is a server failure when fetch fails in any other way', async () => {
    const { client } = aClient([new RangeError('odd')])
    expect(await failureOf(readMunicipality(client))).toMatchObject({
      kind: 'server',
      message: 'GET /municipality: request failed',
    })
  })

  it('gives up after 20 seconds', async () => {
    const { client, clock, asked } = aClient([neverAnswers])
    const call = failureOf(readMunicipality(client))
    await vi.waitFor(() => expect(asked).toHaveLength(1))
    expect(clock.pendingDelays()).toEqual([20_000])
    clock.fireNext()
    expect(await call).toMatchObject({ kind: 'timeout', message: 'GET /municipality: no answer in 20000 ms' })
  })

  it('gives up after the time it was given', async () => {
    const { client, clock, asked } = aClient([neverAnswers], { timeoutMs: 5_000 })
    const call = failureOf(readMunicipality(client))
    await vi.waitFor(() => expect(asked).toHaveLength(1))
    expect(clock.pendingDelays()).toEqual([5_000])
    clock.fireNext()
    expect(await call).toMatchObject({ kind: 'timeout', message: 'GET /municipality: no answer in 5000 ms' })
  })

  it('stops its timer once answered', async () => {
    const { client, clock } = aClient([aJsonAnswer(lunner)])
    await readMunicipality(client)
    expect(clock.pendingDelays()).toEqual([])
  })

  it('stops when the caller stops it, as when the family signs out', async () => {
    const { client, asked } = aClient([neverAnswers])
    const caller = new AbortController()
    const call = failureOf(readMunicipality(client, caller.signal))
    await vi.waitFor(() => expect(asked).toHaveLength(1))
    caller.abort()
    expect(await call).toMatchObject({ kind: 'aborted', message: 'GET /municipality: stopped', retryable: false })
  })

  it('is not sent when the caller has already stopped', async () => {
    const { client, asked } = aClient([aJsonAnswer(lunner)])
    const error = await failureOf(readMunicipality(client, AbortSignal.abort()))
    expect([error, asked]).toEqual([
      expect.objectContaining({ kind: 'aborted', message: 'GET /municipality: stopped' }),
      [],
    ])
  })
})

describe('the calls the family app makes', () => {
  const session = {
    token: 'x'.repeat(43),
    expiresAt: '2026-12-23T10:00:00.000Z',
    user: { id: lunner.id, name: 'Hanne Berg', role: 'caregiver', householdId: lunner.id, municipalityId: lunner.id },
  }
  const feed = { url: 'https://pusterom.lunner.kommune.no/api/v1/calendar/abc.ics' }
  const page = { cursor: '12', changes: [], hasMore: false }
  const subscription = { endpoint: 'https://push.example.com/send/abc123', keys: { p256dh: 'BPt0', auth: 'tt74' } }
  type Client = ReturnType<typeof createApiClient>

  it.each<[string, (client: Client) => Promise<unknown>, Response, string, string, unknown, boolean]>([
    [
      'signing in',
      (client) => client.createSession('lunner-forelder-1', 'demo'),
      aJsonAnswer(session),
      'POST',
      '/session',
      { username: 'lunner-forelder-1', password: 'demo' },
      false,
    ],
    [
      'signing out of the demo',
      (client) => client.deleteSession(),
      new Response(null, { status: 204 }),
      'DELETE',
      '/session',
      undefined,
      true,
    ],
    [
      'asking the ways in',
      (client) => client.authMethods(),
      aJsonAnswer({ idporten: true, staff: true, password: true }),
      'GET',
      '/auth/methods',
      undefined,
      false,
    ],
    [
      'trading the code from ID-porten',
      (client) => client.exchangeSession('c'.repeat(20)),
      aJsonAnswer(session),
      'POST',
      '/session/exchange',
      { code: 'c'.repeat(20) },
      false,
    ],
    [
      'signing out',
      (client) => client.signOut(),
      aJsonAnswer({ endSessionUrl: null }),
      'POST',
      '/auth/sign-out',
      undefined,
      true,
    ],
    [
      'reading the municipality',
      (client) => client.municipality(),
      aJsonAnswer(lunner),
      'GET',
      '/municipality',
      undefined,
      true,
    ],
    ['the first pull', (client) => client.pull(null), aJsonAnswer(page), 'GET', '/sync', undefined, true],
    [
      'a pull from a cursor, a page at a time',
      (client) => client.pull('12', 500),
      aJsonAnswer(page),
      'GET',
      '/sync?cursor=12&limit=500',
      undefined,
      true,
    ],
    [
      'sending the outbox',
      (client) => client.push([]),
      aJsonAnswer({ results: [] }),
      'POST',
      '/mutations',
      { mutations: [] },
      true,
    ],
    [
      'asking for the push key',
      (client) => client.pushPublicKey(),
      aJsonAnswer({ publicKey: 'BPt0' }),
      'GET',
      '/push/public-key',
      undefined,
      true,
    ],
    [
      'subscribing to pushes',
      (client) => client.subscribePush(subscription),
      new Response(null, { status: 201 }),
      'POST',
      '/push/subscriptions',
      subscription,
      true,
    ],
    [
      'reading the calendar feed',
      (client) => client.calendarFeed(),
      aJsonAnswer(feed),
      'GET',
      '/calendar-feed',
      undefined,
      true,
    ],
    [
      'making a new calendar feed address',
      (client) => client.rotateCalendarFeed(),
      aJsonAnswer(feed),
      'POST',
      '/calendar-feed/rotate',
      undefined,
      true,
    ],
  ])('calls the API for %s', async (_, call, answer, method, path, body, signedIn) => {
    const { client, asked } = aClient([answer])
    await call(client)
    expect(asked[0]?.url).toBe(`${origin}/api/v1${path}`)
    expect(asked[0]?.init.method).toBe(method)
    expect(asked[0]?.init.body).toBe(body === undefined ? undefined : JSON.stringify(body))
    expect('authorization' in (asked[0]?.init.headers as object)).toBe(signedIn)
  })

  it('names a failed pull without its cursor', async () => {
    const { client } = aClient([new Response('', { status: 503 })])
    expect(await failureOf(client.pull('12'))).toMatchObject({ message: 'GET /sync: HTTP 503' })
  })
})
