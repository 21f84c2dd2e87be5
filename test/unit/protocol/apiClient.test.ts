import { describe, expect, it, vi } from 'vitest'
import { createApiClient, type ApiClientOptions } from '../../../src/protocol/apiClient'
import { calendarFeedRoutes } from '../../../src/protocol/routes/calendarFeedRoutes'
import { municipalityRoutes } from '../../../src/protocol/routes/municipalityRoutes'
import { pushRoutes } from '../../../src/protocol/routes/pushRoutes'
import { sessionRoutes } from '../../../src/protocol/routes/sessionRoutes'
import { staffWriteRoutes } from '../../../src/protocol/routes/staffWriteRoutes'
import { syncRoutes } from '../../../src/protocol/routes/syncRoutes'
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

type Client = ReturnType<typeof createApiClient>
// The calls below are the API's own: a signed-in read, a sign-in, and a write with a body and no answer.
const readMunicipality = (client: Client, signal?: AbortSignal) =>
  client.call(municipalityRoutes.getMunicipality, { signal })
const signIn = (client: Client) =>
  client.call(sessionRoutes.createSession, { body: { username: 'lunner-forelder-1', password: 'wrong' } })
const unsubscribe = (client: Client) =>
  client.call(pushRoutes.unsubscribePush, { body: { endpoint: 'https://push.example.com/send/abc123' } })

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
        headers: { accept: 'application/json', 'pusterom-protocol': '2', authorization: 'Bearer token-of-hanne' },
        body: undefined,
        credentials: 'omit',
        cache: 'no-store',
      }) as unknown,
    })
  })

  it('sends a body as JSON', async () => {
    const { client, asked } = aClient([new Response(null, { status: 204 })])
    await unsubscribe(client)
    expect(asked[0]?.url).toBe('http://127.0.0.1:8080/api/v1/push/subscriptions')
    expect(asked[0]?.init).toMatchObject({
      method: 'DELETE',
      headers: {
        accept: 'application/json',
        'pusterom-protocol': '2',
        'content-type': 'application/json',
        authorization: 'Bearer token-of-hanne',
      },
      body: '{"endpoint":"https://push.example.com/send/abc123"}',
    })
  })

  it('answers the response as its schema reads it', async () => {
    const { client } = aClient([aJsonAnswer({ ...lunner, name: '  Lunner kommune  ', unknownField: 1 })])
    expect(await readMunicipality(client)).toEqual({ ...lunner, name: 'Lunner kommune' })
  })

  it('answers nothing for a call without a result, whatever the body', async () => {
    const { client } = aClient([new Response('ok', { status: 200 })])
    expect(await unsubscribe(client)).toBeUndefined()
  })

  it('does not call at all without a session, and says the session has run out', async () => {
    const { client, asked } = aClient([], { token: async () => null })
    const error = await failureOf(readMunicipality(client))
    expect([error, asked]).toEqual([expect.objectContaining({ kind: 'sessionExpired', message: 'not signed in' }), []])
  })

  it('signs in without a token', async () => {
    const { client, asked } = aClient([anErrorAnswer(401, 'unauthorized', 'wrong password')], { token: () => null })
    await failureOf(signIn(client))
    expect(asked[0]?.init.headers).toEqual({
      accept: 'application/json',
      'pusterom-protocol': '2',
      'content-type': 'application/json',
    })
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

  it('tells the app to update when the server no longer serves its protocol', async () => {
    const { client } = aClient([anErrorAnswer(426, 'app_outdated', 'update the app')])
    expect(await failureOf(readMunicipality(client))).toMatchObject({ kind: 'outdated' })
  })

  it('passes on who answered first when a second answer is refused', async () => {
    const answered = { by: 'Tone Lunde', at: '2026-11-23T10:00:00.000Z' }
    const { client } = aClient([
      aJsonAnswer({ error: { code: 'conflict', message: 'already answered', answered } }, 409),
    ])
    expect(await failureOf(readMunicipality(client))).toMatchObject({ details: { status: 409, answered } })
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

describe('the address of a call', () => {
  it('fills in the route’s path parameters', async () => {
    const { client, asked } = aClient([anErrorAnswer(404, 'not_found', 'no such stay')])
    const error = await failureOf(
      client.call(staffWriteRoutes.staffPatchStay, { params: { id: 'stay 1' }, body: { notes: 'Hentes kl. 16' } }),
    )
    expect(asked[0]?.url).toBe(`${origin}/api/v1/staff/stays/stay%201`)
    expect(error).toMatchObject({ kind: 'refused', message: 'PATCH /staff/stays/stay%201: no such stay' })
  })

  it('sends the query’s values, numbers and all, and leaves out those not given', async () => {
    const { client, asked } = aClient([aJsonAnswer({ cursor: '12', changes: [], hasMore: false })])
    await client.call(syncRoutes.pullChanges, { query: { cursor: '12', limit: 500 } })
    expect(asked[0]?.url).toBe(`${origin}/api/v1/sync?cursor=12&limit=500`)
  })

  it('sends no query string when no value is given', async () => {
    const { client, asked } = aClient([aJsonAnswer({ cursor: '12', changes: [], hasMore: false })])
    await client.call(syncRoutes.pullChanges, { query: { cursor: undefined } })
    expect(asked[0]?.url).toBe(`${origin}/api/v1/sync`)
  })

  it('names a failed call by its path, without its query', async () => {
    const { client } = aClient([new Response('', { status: 503 })])
    expect(await failureOf(client.call(syncRoutes.pullChanges, { query: { cursor: '12' } }))).toMatchObject({
      message: 'GET /sync: HTTP 503',
    })
  })
})

describe('an answer that is not JSON', () => {
  it('is answered as the text the route produces, as a calendar feed', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'
    const { client, asked } = aClient([new Response(ics, { headers: { 'content-type': 'text/calendar' } })])
    const feed = await client.call(calendarFeedRoutes.getCalendarFeedIcs, { params: { feed: `${'f'.repeat(43)}.ics` } })
    expect(feed).toBe(ics)
    expect(asked[0]?.init.headers).toEqual({ accept: 'application/json', 'pusterom-protocol': '2' })
  })
})
