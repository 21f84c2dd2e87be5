// The browser's only door to the municipal API: `call(route, input)` on the routes described in
// ./routes, each response checked against the route's schema before anything uses it, and every
// failure an ApiError the caller can act on. The family's sync engine and the staff console both use it.
import { ErrorBody } from './errors'
import { ApiError } from './apiError'
import type { InputOf, RedirectDescriptor, ResultOf, RouteDescriptor } from './routes/route'
import { API_PREFIX, fillPath } from './routes/routePath'
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from './protocolVersion'
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

/** A call's input (`params`, `query`, `body` as the route takes them), and a signal to stop it with. */
export type CallInput<D> = InputOf<D> & { signal?: AbortSignal }
/** The input may be left out where the route needs none. */
export type CallArgs<D> = Record<never, never> extends InputOf<D> ? [input?: CallInput<D>] : [input: CallInput<D>]

export interface ApiClient {
  /** Calls `route`; answers its response, checked against the route's schema. */
  call<D extends RouteDescriptor>(route: D, ...input: CallArgs<D>): Promise<ResultOf<D>>
}

interface Request {
  label: string
  url: string
  method: string
  body: unknown
  headers: Record<string, string>
  signal: AbortSignal | undefined
}

/** How the client's failures name a request to `route`, and the wings theirs: `GET /sync`, `PATCH /staff/stays/:id`. */
export function routeLabel(route: Pick<RedirectDescriptor, 'method' | 'path'>, path = route.path): string {
  return `${route.method.toUpperCase()} ${path}`
}

/** The query string (with its `?`) of the values given; those left out or empty are not sent. */
function queryString(query: object = {}): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query as Record<string, string | number | boolean | null | undefined>))
    // Stryker disable next-line ConditionalExpression: no route's query schema takes null, so no typed call sends one
    if (value !== undefined && value !== null && value !== '') search.set(key, `${value}`)
  // Not `search.size`: Safari before 17 has none.
  const text = search.toString()
  return text ? `?${text}` : ''
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis)
  const timeoutMs = options.timeoutMs ?? 20_000
  const scheduler = options.scheduler ?? systemScheduler

  async function call<D extends RouteDescriptor>(route: D, ...[input]: CallArgs<D>): Promise<ResultOf<D>> {
    const { params, query, body, signal } = (input ?? {}) as CallInput<RouteDescriptor>
    const path = fillPath(route.path, params)
    const method = route.method.toUpperCase()
    const label = routeLabel(route, path)
    // Which protocol this app speaks: a newer server serves it what it can read, or asks it to update.
    const headers: Record<string, string> = { accept: 'application/json', [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) }
    if (body !== undefined) headers['content-type'] = 'application/json'
    const signedIn = route.access !== 'anyone'
    if (signedIn) {
      const token = await options.token()
      if (!token) throw new ApiError('sessionExpired', 'not signed in')
      headers.authorization = `Bearer ${token}`
    }
    const url = `${options.baseUrl}${API_PREFIX}${path}${queryString(query)}`
    const response = await send({ label, url, method, body, headers, signal })
    let text: string
    try {
      text = await response.text()
    } catch {
      throw new ApiError('malformed', `${label}: the response was cut off`, { status: response.status })
    }
    if (!response.ok) throw errorFromResponse(label, response, text, signedIn)
    if (route.response === null) return undefined as ResultOf<D> // a 204 has no result
    let data: unknown = text
    try {
      if (!route.produces) data = JSON.parse(text)
    } catch {
      throw new ApiError('malformed', `${label}: the response is not JSON`, { status: response.status })
    }
    const parsed = route.response.safeParse(data)
    if (!parsed.success)
      throw new ApiError('malformed', `${label}: the response has an unexpected shape`, { status: response.status })
    return parsed.data as ResultOf<D> // the data the route's own schema just produced
  }

  async function send(request: Request): Promise<Response> {
    const { label, signal } = request
    const controller = new AbortController()
    let timedOut = false
    const timer = scheduler.setTimeout(() => {
      timedOut = true
      controller.abort()
    }, timeoutMs)
    const stopWithCaller = () => controller.abort()
    signal?.addEventListener('abort', stopWithCaller)
    try {
      if (signal?.aborted) throw new ApiError('aborted', `${label}: stopped`)
      return await fetchImpl(request.url, {
        method: request.method,
        headers: request.headers,
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
      if (signal?.aborted) throw new ApiError('aborted', `${label}: stopped`)
      // fetch rejects with a TypeError exactly when the network could not be used.
      if (error instanceof TypeError) throw new ApiError('offline', `${label}: network unavailable`)
      throw new ApiError('server', `${label}: request failed`)
    } finally {
      scheduler.clearTimeout(timer)
      // Stryker disable next-line StringLiteral: a listener left on the caller's signal only holds memory: the request is over
      signal?.removeEventListener('abort', stopWithCaller)
    }
  }

  return { call }
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
  const details = {
    status,
    code: body?.error.code,
    serverMessage: body?.error.message,
    ...(body?.error.answered ? { answered: body.error.answered } : {}),
    conflicts: body?.error.conflicts,
  }
  const message = body ? `${label}: ${body.error.message}` : `${label}: HTTP ${status}`
  if (status === 401) return new ApiError(signedIn ? 'sessionExpired' : 'badCredentials', message, details)
  if (status === 426) return new ApiError('outdated', message, details)
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
