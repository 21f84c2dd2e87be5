// The one error shape every API error has, and its machine codes.
import './zodInBrowser'
import { z } from 'zod'
import { ConflictCode, PlanningConflict } from './planning'

export const ErrorCode = z.enum([
  'invalid_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  // A plan that collides (src/domain/planningConflicts.ts): the first collision's code; `conflicts` lists all.
  ...ConflictCode.options,
  'payload_too_large',
  'rate_limited',
  'internal',
  'unavailable',
  /** The app speaks a protocol version the server no longer serves: it must update before it syncs. */
  'app_outdated',
  /** A CSV import with a row refused: nothing was imported; the message names each file and line. */
  'import_refused',
])
export type ErrorCode = z.infer<typeof ErrorCode>

/** Who of the staff answered a request first, and when: what a second answer's 409 names. */
export const AnsweredBy = z.object({ by: z.string().nullable(), at: z.string() })
export type AnsweredBy = z.infer<typeof AnsweredBy>
/** Why a plan is refused (src/domain/planningConflicts.ts): the first collision's code, `conflicts` lists all. */
export const PLANNING_REFUSALS = ConflictCode.options

export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    field: z.string().optional(),
    answered: AnsweredBy.optional(),
    /** A plan's collisions, each as facts; absent on every other error. */
    conflicts: z.array(PlanningConflict).optional(),
  }),
})
export type ErrorBody = z.infer<typeof ErrorBody>

export const statusOfErrorCode: Record<ErrorCode, number> = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  past_date: 409,
  kind_mismatch: 409,
  double_booked: 409,
  place_closed: 409,
  place_full: 409,
  no_decision: 409,
  beyond_decision: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  app_outdated: 426,
  import_refused: 422,
}
