// Where a route lives: its address below the API's prefix with the path's parameters filled in.
// No schemas here, so the first screen can build the addresses it navigates to without loading them.
import type { RedirectDescriptor } from './route'

export const API_PREFIX = '/api/v1'
/** The FHIR R4 face of the same data, for the municipality's record system (src/server/fhir). */
export const FHIR_PREFIX = '/fhir/R4'

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

/** The address of a route on the app's own origin, e.g. `/api/v1/auth/idporten/start`. */
export function apiPath<R extends Pick<RedirectDescriptor, 'path'>>(route: R, params: PathParams<R['path']>): string {
  return `${API_PREFIX}${fillPath(route.path, params)}`
}
