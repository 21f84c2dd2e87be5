// One route of the API as data: its operation name, method, path, who may call it, and the schemas of what
// goes in and comes out. The server attaches a handler to each by name, validates with the schemas and
// documents them (OpenAPI); the browser wings call them through one typed client (../apiClient.ts).
// Zod only as types here, so a module that builds paths from descriptors loads no schema.
import type { z } from 'zod'
import type { StaffRole } from '../staffRole'
import type { ErrorCode } from '../errors'

/** Who may call a route: anyone, any signed-in user, or one role. */
export type Access = 'anyone' | 'signedIn' | 'caregiver' | 'staff'
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

export interface RouteDescriptor {
  /** The OpenAPI operationId, by which the server attaches the route's handler. */
  name: string
  method: HttpMethod
  /** Below /api/v1, with `:param` placeholders. */
  path: string
  summary: string
  access: Access
  /** Staff routes: the roles that may call it (default: every role for a GET, caseworkers and planners otherwise). */
  staffRoles?: readonly StaffRole[]
  params?: z.ZodType
  query?: z.ZodType
  body?: z.ZodType
  /** The body of a success; null answers 204 with no body. */
  response: z.ZodType | null
  status?: 200 | 201 | 204
  /** The media type of the success body when it is not JSON (e.g. text/calendar); the handler returns the text. */
  produces?: string
  /** Errors besides those its inputs (400), its access (401, 403) and a body (413) imply. */
  errors?: readonly ErrorCode[]
}

/** A page the browser navigates to, answered with a redirect (a provider's sign-in): no JSON, no schemas. */
export type RedirectDescriptor = Pick<RouteDescriptor, 'name' | 'method' | 'path' | 'access'>

/** Routes keyed by their operation name, each carrying that name. */
export type RouteGroup<T> = { readonly [K in keyof T & string]: T[K] & { readonly name: K } }

/** A group of JSON routes, keyed by operation name; their literal types keep the schemas for the typed callers. */
export function describeRoutes<const T extends Record<string, Omit<RouteDescriptor, 'name'>>>(
  routes: T,
): RouteGroup<T> {
  return Object.fromEntries(Object.entries(routes).map(([name, route]) => [name, { name, ...route }])) as RouteGroup<T>
}

type Parsed<D, K extends string> = D extends { readonly [P in K]: infer S extends z.ZodType } ? z.output<S> : undefined

/** What the server's handler gets, validated: the path's parameters, the query and the body. */
export type ParamsOf<D> = Parsed<D, 'params'>
export type QueryOf<D> = Parsed<D, 'query'>
export type BodyOf<D> = Parsed<D, 'body'>
/** The body of a success as the response schema gives it; nothing for a 204. */
export type ResultOf<D> = D extends { readonly response: infer S extends z.ZodType } ? z.output<S> : void

type NoFields = Record<never, never>
type Sent<D, K extends string> = D extends { readonly [P in K]: infer S extends z.ZodType }
  ? NoFields extends z.input<S>
    ? { [P in K]?: z.input<S> }
    : { [P in K]: z.input<S> }
  : { [P in K]?: never }

/** What a caller sends: `params`, `query` and `body` as the route's schemas take them. */
export type InputOf<D> = Sent<D, 'params'> & Sent<D, 'query'> & Sent<D, 'body'>
