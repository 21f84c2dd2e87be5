// One route of the API as data: its path, who may call it, the protocol schemas of what goes in and
// out, and its handler. The same table drives validation and the OpenAPI document.
import type { z } from 'zod'
import type { ErrorCode } from '../../protocol'
import type { CaregiverPrincipal, Principal, StaffPrincipal } from '../auth/principal'
import type { SessionKey } from '../auth/sessions'
import type { Clock } from '../../domain/clock'
import type { ServerEvents } from '../events'
import type { SignInServices } from '../oidc/signInServices'
import type { Database } from '../storage/database'

export type Access = 'anyone' | 'signedIn' | 'caregiver' | 'staff'

export type PrincipalFor<A extends Access> = A extends 'anyone'
  ? Principal | null
  : A extends 'caregiver'
    ? CaregiverPrincipal
    : A extends 'staff'
      ? StaffPrincipal
      : Principal

export interface ApiDeps {
  db: Database
  clock: Clock
  events: ServerEvents
  log: (line: string) => void
  /** Sign-in through ID-porten and the staff provider, and whether the demo password login is on (default: on). */
  signIn?: SignInServices
  /** The oldest protocol version of the family app served (default: the one before the current). */
  oldestProtocol?: number
}

export interface RouteContext<A extends Access, P, Q, B> {
  principal: PrincipalFor<A>
  params: P
  query: Q
  body: B
  deps: ApiDeps
  /** The family app's protocol version, as served (src/protocol/protocolVersion.ts); the current one elsewhere. */
  protocol: number
  /** The request's bearer token when it stands for a live session. */
  token: string | null
  /** The client's network address, for throttling. */
  clientAddress: string
}

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

export interface Route<A extends Access = Access, P = unknown, Q = unknown, B = unknown, R = unknown> {
  /** The OpenAPI operationId. */
  name: string
  method: HttpMethod
  /** Below /api/v1, with `:param` placeholders. */
  path: string
  summary: string
  access: A
  params?: z.ZodType<P>
  query?: z.ZodType<Q>
  body?: z.ZodType<B>
  /** The body of a success; null answers 204 with no body. */
  response: z.ZodType<R> | null
  status?: 200 | 201 | 204
  /** The media type of the success body when it is not JSON (e.g. text/calendar); the handler returns the text. */
  produces?: string
  /** Errors besides those its inputs (400), its access (401, 403) and a body (413) imply. */
  errors?: readonly ErrorCode[]
  handle(context: RouteContext<A, P, Q, B>): Promise<R>
  /**
   * Optional, for a route without path or body input: finds the token's session and answers in one
   * database round trip (the most frequent request, a pull with nothing new). Null when the token
   * stands for no live session. The answer is sent only if the principal found may call the route.
   */
  handleWithSession?(context: { session: SessionKey; query: Q; deps: ApiDeps; protocol: number }): Promise<{
    principal: Principal
    result: R
  } | null>
}

/** Infers a route's types from its schemas, so handlers get typed, validated input. */
export function defineRoute<A extends Access, P = undefined, Q = undefined, B = undefined, R = undefined>(
  route: Route<A, P, Q, B, R>,
): Route<A, P, Q, B, R> {
  return route
}
