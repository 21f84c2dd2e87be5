// Registers the route table on Hono: access, then path, query and body validated, then the handler.
import type { Context, Hono } from 'hono'
import type { Access } from '../../protocol/routes/route'
import type { Principal } from '../auth/principal'
import { sessionKey } from '../auth/sessions'
import { ApiError } from '../errors/apiError'
import type { ApiEnv } from './apiEnv'
import { credentialsOf, principalOf, type Credentials } from './authenticate'
import { servedProtocol } from './protocolGate'
import type { ApiDeps, Route } from './route'
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

/** The route's answer when it finds the session in its own query; undefined to take the usual way. */
async function answerInOneQuery(
  c: Context<ApiEnv>,
  route: Route,
  credentials: Credentials,
  deps: ApiDeps,
  protocol: number,
): Promise<{ result: unknown } | undefined> {
  if (!route.handleWithSession || !credentials.token || route.params || route.body) return undefined
  // Invalid input takes the usual way, which says 401 or 403 before it says 400.
  const query = route.query?.safeParse(c.req.query())
  if (query && !query.success) return undefined
  const found = await route.handleWithSession({
    session: sessionKey(credentials.token, deps.clock),
    query: query?.data,
    deps,
    protocol,
  })
  if (!found) {
    authorize(null, credentials.presented, route.access) // throws unless anyone may call the route
    return undefined
  }
  authorize(found.principal, credentials.presented, route.access)
  return { result: found.result }
}

async function answer(c: Context<ApiEnv>, route: Route, deps: ApiDeps): Promise<unknown> {
  const credentials = credentialsOf(c)
  const protocol = servedProtocol(c, route.access, deps.oldestProtocol)
  const quick = await answerInOneQuery(c, route, credentials, deps, protocol)
  if (quick) return quick.result
  const principal = authorize(await principalOf(credentials, deps), credentials.presented, route.access)
  const params = route.params ? validateInput(route.params, c.req.param(), 'path') : undefined
  const query = route.query ? validateInput(route.query, c.req.query(), 'query') : undefined
  const body = route.body ? validateInput(route.body, await readJsonBody(c), 'body') : undefined
  return route.handle({
    principal,
    params,
    query,
    body,
    deps,
    protocol,
    token: principal ? credentials.token : null,
    clientAddress: c.env?.incoming?.socket.remoteAddress ?? 'unknown',
    operation: route.name,
  })
}

export function mountRoutes(api: Hono<ApiEnv>, routes: readonly Route[], deps: ApiDeps): void {
  for (const route of routes) {
    api.on(route.method.toUpperCase(), route.path, async (c) => {
      const result = await answer(c, route, deps)
      c.header('Cache-Control', 'no-store')
      if (route.response === null) return c.body(null, 204)
      // A stream goes out as it is written; X-Accel-Buffering keeps nginx from holding it back.
      if (result instanceof ReadableStream)
        return c.body(result, 200, {
          'Content-Type': route.produces ?? 'application/octet-stream',
          'X-Accel-Buffering': 'no',
        })
      if (route.produces)
        return c.body(String(result), route.status === 201 ? 201 : 200, { 'Content-Type': route.produces })
      return c.json(result, route.status === 201 ? 201 : 200)
    })
  }
}
