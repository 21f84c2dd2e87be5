// The app's only door to the municipal API: every response is checked against the shared protocol
// schemas before anything uses it, and every failure becomes an ApiError the engine can act on.
import type { z } from 'zod'
import {
  API_PREFIX,
  AuthMethodsResponse,
  CalendarFeedResponse,
  ErrorBody,
  MunicipalityResponse,
  MutationsResponse,
  PushPublicKeyResponse,
  SessionResponse,
  SignOutResponse,
  SyncResponse,
  type Mutation,
  type PushSubscriptionRequest,
} from '.'
import { ApiError } from './apiError'
import { systemScheduler, type Scheduler } from './scheduler'

export interface ApiClientOptions {
  /** Where the API lives: '' for the app's own origin, or e.g. `http://127.0.0.1:8080`. */
  baseUrl: string
  /** The bearer token of the signed-in session, if any. */
  token: () => string | null | Promise<string | null>
  fetch?: typeof globalThis.fetch
  /** A request that takes longer than this is abandoned as a timeout. */
  timeoutMs?: number
  /** Runs the timeout timers. */
  scheduler?: Scheduler
}

export type ApiClient = ReturnType<typeof createApiClient>

export interface Call<S extends z.ZodType | null> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  path: string
  body?: unknown
  schema: S
  signal?: AbortSignal
  signedIn?: boolean
}

export function createApiClient(options: ApiClientOptions) {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis)
  const timeoutMs = options.timeoutMs ?? 20_000
  const scheduler = options.scheduler ?? systemScheduler

  async function call<S extends z.ZodType | null>(request: Call<S>): Promise<S extends z.ZodType ? z.infer<S> : void> {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (request.body !== undefined) headers['content-type'] = 'application/json'
    const signedIn = request.signedIn ?? true
    if (signedIn) {
      const token = await options.token()
      if (!token) throw new ApiError('sessionExpired', 'not signed in')
      headers.authorization = `Bearer ${token}`
    }
    const label = `${request.method} ${request.path.split('?')[0]}`
    const response = await send(label, request, headers)
    let text: string
    try {
      text = await response.text()
    } catch {
      throw new ApiError('malformed', `${label}: the response was cut off`, { status: response.status })
    }
    if (!response.ok) throw errorFromResponse(label, response, text, signedIn)
    if (request.schema === null) return undefined as never // a call without a schema has no result
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw new ApiError('malformed', `${label}: the response is not JSON`, { status: response.status })
    }
    const parsed = request.schema.safeParse(json)
    if (!parsed.success)
      throw new ApiError('malformed', `${label}: the response has an unexpected shape`, { status: response.status })
    return parsed.data as never // the data the schema just produced
  }

  async function send(
    label: string,
    request: Call<z.ZodType | null>,
    headers: Record<string, string>,
  ): Promise<Response> {
    const controller = new AbortController()
    let timedOut = false
    const timer = scheduler.setTimeout(() => {
      timedOut = true
      controller.abort()
    }, timeoutMs)
    const stopWithCaller = () => controller.abort()
    request.signal?.addEventListener('abort', stopWithCaller)
    try {
      if (request.signal?.aborted) throw new ApiError('aborted', `${label}: stopped`)
      return await fetchImpl(`${options.baseUrl}${API_PREFIX}${request.path}`, {
        method: request.method,
        headers,
        // Stryker disable next-line ConditionalExpression: JSON.stringify(undefined) is undefined too
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      })
    } catch (error) {
      // Stryker disable next-line ConditionalExpression: the one ApiError thrown above is 'aborted', which the lines below throw alike
      if (error instanceof ApiError) throw error
      if (timedOut) throw new ApiError('timeout', `${label}: no answer in ${timeoutMs} ms`)
      if (request.signal?.aborted) throw new ApiError('aborted', `${label}: stopped`)
      // fetch rejects with a TypeError exactly when the network could not be used.
      if (error instanceof TypeError) throw new ApiError('offline', `${label}: network unavailable`)
      throw new ApiError('server', `${label}: request failed`)
    } finally {
      scheduler.clearTimeout(timer)
      // Stryker disable next-line StringLiteral: a listener left on the caller's signal only holds memory: the request is over
      request.signal?.removeEventListener('abort', stopWithCaller)
    }
  }

  return {
    /** Any call, checked against `schema`: for the staff console's methods (src/console/api/staffApi.ts). */
    request: call,
    createSession: (username: string, password: string, signal?: AbortSignal) =>
      call({
        method: 'POST',
        path: '/session',
        body: { username, password },
        schema: SessionResponse,
        signal,
        signedIn: false,
      }),
    deleteSession: (signal?: AbortSignal) => call({ method: 'DELETE', path: '/session', schema: null, signal }),
    // Signing in through ID-porten: the browser goes there by navigation; the app then trades the code it got back.
    authMethods: (signal?: AbortSignal) =>
      call({ method: 'GET', path: '/auth/methods', schema: AuthMethodsResponse, signal, signedIn: false }),
    exchangeSession: (code: string, signal?: AbortSignal) =>
      call({
        method: 'POST',
        path: '/session/exchange',
        body: { code },
        schema: SessionResponse,
        signal,
        signedIn: false,
      }),
    /** Ends the session; answers where the browser goes to end the ID-porten session as well. */
    signOut: (signal?: AbortSignal) =>
      call({ method: 'POST', path: '/auth/sign-out', schema: SignOutResponse, signal }),
    municipality: (signal?: AbortSignal) =>
      call({ method: 'GET', path: '/municipality', schema: MunicipalityResponse, signal }),
    pull: (cursor: string | null, limit?: number, signal?: AbortSignal) => {
      const query = new URLSearchParams()
      if (cursor !== null) query.set('cursor', cursor)
      if (limit !== undefined) query.set('limit', String(limit))
      const search = query.size > 0 ? `?${query}` : ''
      return call({ method: 'GET', path: `/sync${search}`, schema: SyncResponse, signal })
    },
    push: (mutations: Mutation[], signal?: AbortSignal) =>
      call({ method: 'POST', path: '/mutations', body: { mutations }, schema: MutationsResponse, signal }),
    // Notifications (src/family/sync/pushSubscription.ts) and the household's calendar feed.
    pushPublicKey: () => call({ method: 'GET', path: '/push/public-key', schema: PushPublicKeyResponse }),
    subscribePush: (subscription: PushSubscriptionRequest) =>
      call({ method: 'POST', path: '/push/subscriptions', body: subscription, schema: null }),
    unsubscribePush: (endpoint: string) =>
      call({ method: 'DELETE', path: '/push/subscriptions', body: { endpoint }, schema: null }),
    calendarFeed: () => call({ method: 'GET', path: '/calendar-feed', schema: CalendarFeedResponse }),
    rotateCalendarFeed: () => call({ method: 'POST', path: '/calendar-feed/rotate', schema: CalendarFeedResponse }),
  }
}

function errorFromResponse(label: string, response: Response, text: string, signedIn: boolean): ApiError {
  const status = response.status
  let body: ErrorBody | undefined
  try {
    const parsed = ErrorBody.safeParse(JSON.parse(text))
    // Stryker disable next-line ConditionalExpression: a failed parse has no data, so the body stays undefined either way
    if (parsed.success) body = parsed.data
  } catch {
    // A proxy's HTML error page: the status alone says what happened.
  }
  const details = { status, code: body?.error.code, serverMessage: body?.error.message }
  const message = body ? `${label}: ${body.error.message}` : `${label}: HTTP ${status}`
  if (status === 401) return new ApiError(signedIn ? 'sessionExpired' : 'badCredentials', message, details)
  if (status === 429)
    return new ApiError('rateLimited', message, {
      ...details,
      retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
    })
  if (status >= 500) return new ApiError('server', message, details)
  if (status >= 400 && body) return new ApiError('refused', message, details)
  // A 3xx or a 4xx without the API's error shape did not come from this API version.
  return new ApiError('malformed', message, details)
}

function retryAfterMs(header: string | null): number | undefined {
  const seconds = header === null ? NaN : Number(header)
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined
}
