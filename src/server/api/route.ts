// A route of the API as the server serves it: the protocol's descriptor (src/protocol/routes) with its
// handler attached by name. The handler's input is typed from the descriptor's schemas, and the same
// descriptors drive validation, access checks and the OpenAPI document.
import type { Access, ParamsOf, QueryOf, BodyOf, ResultOf, RouteDescriptor } from '../../protocol/routes/route'
import type { CaregiverPrincipal, Principal, StaffPrincipal } from '../auth/principal'
import type { SessionKey } from '../auth/sessions'
import type { Clock } from '../../domain/clock'
import type { ServerEvents } from '../events'
import type { SignInServices } from '../oidc/signInServices'
import type { Database } from '../storage/database'

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

export interface RouteContext<D extends RouteDescriptor> {
  principal: PrincipalFor<D['access']>
  params: ParamsOf<D>
  query: QueryOf<D>
  body: BodyOf<D>
  deps: ApiDeps
  /** The family app's protocol version, as served (src/protocol/protocolVersion.ts); the current one elsewhere. */
  protocol: number
  /** The request's bearer token when it stands for a live session. */
  token: string | null
  /** The client's network address, for throttling. */
  clientAddress: string
  /** The route's operation name (the access log names reads by it). */
  operation: string
}

export type Handler<D extends RouteDescriptor> = (context: RouteContext<D>) => Promise<ResultOf<D>>

/**
 * For a route without path or body input: finds the token's session and answers in one database round
 * trip (the most frequent request, a pull with nothing new). Null when the token stands for no live
 * session. The answer is sent only if the principal found may call the route.
 */
export type SessionHandler<D extends RouteDescriptor> = (context: {
  session: SessionKey
  query: QueryOf<D>
  deps: ApiDeps
  protocol: number
}) => Promise<{ principal: Principal; result: ResultOf<D> } | null>

/** The handler of each route of a group, by operation name; optionally with a one-query answer. */
export type Handlers<G> = {
  [K in keyof G]: G[K] extends RouteDescriptor
    ? Handler<G[K]> | { handle: Handler<G[K]>; handleWithSession: SessionHandler<G[K]> }
    : never
}

type AnyContext = Omit<RouteContext<RouteDescriptor>, 'principal' | 'params' | 'query' | 'body'> & {
  principal: Principal | null
  params: unknown
  query: unknown
  body: unknown
}

/** A descriptor with its handler: what the server mounts. */
export interface Route extends RouteDescriptor {
  handle(context: AnyContext): Promise<unknown>
  handleWithSession?(context: { session: SessionKey; query: unknown; deps: ApiDeps; protocol: number }): Promise<{
    principal: Principal
    result: unknown
  } | null>
}

/** Attaches each route of `group` to its handler: a handler for every route, typed from its schemas. */
export function attach<G extends Record<string, RouteDescriptor>>(group: G, handlers: Handlers<G>): Route[] {
  return Object.entries(group).map(([name, descriptor]) => {
    // Each handler was typed against its own descriptor above; here they are all the same to the server.
    const handler = handlers[name] as Route['handle'] | Pick<Route, 'handle' | 'handleWithSession'>
    return typeof handler === 'function' ? { ...descriptor, handle: handler } : { ...descriptor, ...handler }
  })
}
