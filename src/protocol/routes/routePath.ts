// Where a route lives: its address below the API's prefix with the path's parameters and the query filled in.
// No schemas here, so the first screen can build the addresses it navigates to without loading them.
import type { RedirectDescriptor } from './route'

export const API_PREFIX = '/api/v1'

type QueryValue = string | number | boolean | null | undefined

/** The parameters a path template names: `/staff/stays/:id` → `{ id: string }`. */
export type PathParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string } & PathParams<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? { [K in Name]: string }
    : Record<never, never>

/** The path below the prefix with each `:param` filled in, encoded (e.g. `/staff/stays/2f1c…`). */
export function fillPath(template: string, params: object = {}): string {
  return template.replace(/:([A-Za-z]\w*)/g, (_, name: string) => {
    const value = (params as Record<string, unknown>)[name]
    if (typeof value !== 'string') throw new TypeError(`${template}: no value for :${name}`)
    return encodeURIComponent(value)
  })
}

/** The query string (with its `?`) of the values given; those left out or empty are not sent. */
export function queryString(query: object = {}): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query as Record<string, QueryValue>))
    if (value !== undefined && value !== null && value !== '') search.set(key, `${value}`)
  // Not `search.size`: Safari before 17 has none.
  const text = search.toString()
  return text ? `?${text}` : ''
}

/** How messages name a request to `route`: `GET /sync`, `PATCH /staff/stays/:id`. */
export function routeLabel(route: Pick<RedirectDescriptor, 'method' | 'path'>, path = route.path): string {
  return `${route.method.toUpperCase()} ${path}`
}

/** The address of a route on the app's own origin, e.g. `/api/v1/auth/idporten/start?locale=nn`. */
export function apiPath<R extends Pick<RedirectDescriptor, 'path'>>(
  route: R,
  params: PathParams<R['path']>,
  query?: Record<string, QueryValue>,
): string {
  return `${API_PREFIX}${fillPath(route.path, params)}${queryString(query)}`
}
