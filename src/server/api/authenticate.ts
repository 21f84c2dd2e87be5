// The one authentication middleware: a bearer token in, {userId, role, householdId, municipalityId} out.
import type { MiddlewareHandler } from 'hono'
import { principalOfToken } from '../auth/sessions'
import type { ApiEnv } from './apiEnv'
import type { ApiDeps } from './route'

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,200})$/

export function authenticate(deps: Pick<ApiDeps, 'db' | 'clock'>): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization')
    const token = header?.match(BEARER)?.[1] ?? null
    const principal = token ? await principalOfToken(deps.db, token, deps.clock) : null
    c.set('principal', principal)
    c.set('token', principal ? token : null)
    c.set('presentedToken', header !== undefined)
    await next()
  }
}
