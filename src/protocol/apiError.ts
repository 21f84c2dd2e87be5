// The ways a call to the municipal API can fail, as the sync engine and the UI need to tell them apart.
import type { PlanningConflict } from './planning'

export type ApiErrorKind =
  /** No network: fetch could not reach the server at all. */
  | 'offline'
  /** The server did not answer within the time limit. */
  | 'timeout'
  /** 401 on a signed-in call: the family must sign in again. */
  | 'sessionExpired'
  /** 401 on sign-in: wrong username or password. */
  | 'badCredentials'
  /** 5xx, or a gateway's non-JSON error page. */
  | 'server'
  /** 429: slow down (retryAfterMs says how long when the server told). */
  | 'rateLimited'
  /** A response that is not what this app version understands: bad JSON, truncated, wrong shape. */
  | 'malformed'
  /** The server refused the request itself (400, 403, 404, 409, 413). */
  | 'refused'
  /** The caller stopped the request (sign-out, app closing). */
  | 'aborted'
  /** 426: the server no longer serves this app's protocol version; the app must update before it syncs. */
  | 'outdated'

export class ApiError extends Error {
  override readonly name = 'ApiError'

  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly details: {
      status?: number
      code?: string
      serverMessage?: string
      retryAfterMs?: number
      /** On a 409 for a request already answered: who answered it and when. */
      answered?: { by: string | null; at: string }
      /** A plan refused for its collisions: each of them, for the console to word and to override. */
      conflicts?: readonly PlanningConflict[]
    } = {},
  ) {
    super(message)
  }

  /** Whether trying again later may succeed without anyone doing anything. */
  get retryable(): boolean {
    return (
      this.kind === 'offline' ||
      this.kind === 'timeout' ||
      this.kind === 'server' ||
      this.kind === 'rateLimited' ||
      this.kind === 'malformed'
    )
  }
}

export function isApiError(error: unknown, kind?: ApiErrorKind): error is ApiError {
  return error instanceof ApiError && (kind === undefined || error.kind === kind)
}
