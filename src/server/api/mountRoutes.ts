// Registers the route table on Hono: access, then path, query and body validated, then the handler.
import type { Hono } from 'hono'
import type { Principal } from '../auth/principal'
import { ApiError } from './apiError'
import type { ApiEnv } from './apiEnv'
import type { Access, ApiDeps, Route } from './route'
import { readJsonBody, validateInput } from './validateInput'

function authorize(principal: Principal | null, presentedToken: boolean, access: Access): Principal | null {
  if (access === 'anyone') return principal
  if (!principal)
    throw new ApiError(
      'unauthorized',
      presentedToken ? 'The session has ended or is unknown: sign in again' : 'Sign in first',
    )
  if (access !== 'signedIn' && principal.role !== access)
    throw new ApiError('forbidden', `Only for ${access === 'staff' ? 'staff' : 'caregivers'}`)
  return principal
}

export function mountRoutes(api: Hono<ApiEnv>, routes: readonly Route[], deps: ApiDeps): void {
  for (const route of routes) {
    api.on(route.method.toUpperCase(), route.path, async (c) => {
      const principal = authorize(c.get('principal'), c.get('presentedToken'), route.access)
      const params = route.params ? validateInput(route.params, c.req.param(), 'path') : undefined
      const query = route.query ? validateInput(route.query, c.req.query(), 'query') : undefined
      const body = route.body ? validateInput(route.body, await readJsonBody(c), 'body') : undefined
      const result = await route.handle({
        principal,
        params,
        query,
        body,
        deps,
        token: c.get('token'),
        clientAddress: c.env?.incoming?.socket.remoteAddress ?? 'unknown',
      })
      c.header('Cache-Control', 'no-store')
      if (route.response === null) return c.body(null, 204)
      if (route.produces)
        return c.body(String(result), route.status === 201 ? 201 : 200, { 'Content-Type': route.produces })
      return c.json(result, route.status === 201 ? 201 : 200)
    })
  }
}
