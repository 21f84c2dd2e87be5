// The one place API errors become responses: every error has the shared shape, and only bugs are 5xx.
import type { Context, ErrorHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ApiError } from '../errors/apiError'

function fromHttpException(error: HTTPException): ApiError {
  if (error.status === 413) return new ApiError('payload_too_large', 'The body is too large')
  if (error.status === 401) return new ApiError('unauthorized', 'Sign in first')
  if (error.status >= 400 && error.status < 500) return new ApiError('invalid_request', error.message || 'Bad request')
  return new ApiError('internal', 'Something went wrong on the server')
}

export function respondWithError(c: Context, apiError: ApiError): Response {
  if (apiError.retryAfter !== undefined) c.header('Retry-After', String(apiError.retryAfter))
  c.header('Cache-Control', 'no-store')
  // The rest of a body too large to read is still on its way: the connection cannot carry another request.
  if (apiError.code === 'payload_too_large') c.header('Connection', 'close')
  return c.json(apiError.body(), apiError.status as ContentfulStatusCode)
}

/** The error's class, and a database error's SQLSTATE (`22021`), which names the fault without the value. */
export function kindOf(error: Error): string {
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? `${error.name} ${code}` : error.name
}

export function apiErrorHandler(log: (line: string) => void): ErrorHandler {
  return (error, c) => {
    if (error instanceof ApiError) return respondWithError(c, error)
    if (error instanceof HTTPException) return respondWithError(c, fromHttpException(error))
    // A bug. Only its kind and the route: messages and stacks can carry what was sent (health data, tokens).
    log(`error: ${c.req.method} ${c.req.routePath}: ${kindOf(error)}`)
    return respondWithError(c, new ApiError('internal', 'Something went wrong on the server'))
  }
}
