// The FHIR face's one error shape: every ApiError becomes an OperationOutcome with the same status the
// staff API gives it; only a bug is a 5xx, and its details stay in the server's log.
import type { Context, ErrorHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ErrorCode } from '../../protocol'
import { kindOf } from '../api/errorHandler'
import { ApiError } from '../errors/apiError'
import { FHIR_JSON } from './fhirJson'

// FHIR's issue types (http://hl7.org/fhir/R4/valueset-issue-type.html) for the API's error codes.
const ISSUE_TYPE: Partial<Record<ErrorCode, string>> = {
  invalid_request: 'invalid',
  unauthorized: 'login',
  forbidden: 'forbidden',
  not_found: 'not-found',
  conflict: 'conflict',
  payload_too_large: 'too-long',
  rate_limited: 'throttled',
}

export function operationOutcome(error: ApiError): object {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code: ISSUE_TYPE[error.code] ?? (error.status < 500 ? 'business-rule' : 'exception'),
        details: { coding: [{ system: 'https://pusterom.no/fhir/error-code', code: error.code }] },
        diagnostics: error.message,
        ...(error.field ? { expression: [error.field] } : {}),
      },
    ],
  }
}

export function respondWithOutcome(c: Context, error: ApiError): Response {
  if (error.status === 401) c.header('WWW-Authenticate', 'Bearer')
  c.header('Cache-Control', 'no-store')
  return c.body(JSON.stringify(operationOutcome(error)), error.status as ContentfulStatusCode, {
    'Content-Type': FHIR_JSON,
  })
}

export function outcomeErrorHandler(log: (line: string) => void): ErrorHandler {
  return (error, c) => {
    if (error instanceof ApiError) return respondWithOutcome(c, error)
    if (error instanceof HTTPException && error.status < 500)
      return respondWithOutcome(c, new ApiError('invalid_request', error.message || 'Bad request'))
    // A bug: its kind and the route only, as the staff API logs it (bodies can carry health data).
    log(`error: ${c.req.method} ${c.req.routePath}: ${kindOf(error)}`)
    return respondWithOutcome(c, new ApiError('internal', 'Something went wrong on the server'))
  }
}
