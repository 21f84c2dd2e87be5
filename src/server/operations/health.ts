// Kubernetes' probes, beside the API and open to anyone: /livez (the process answers) and /readyz (it
// should be sent traffic). No sign-in, no data, tiny bodies, never cached.
import { Hono, type Context } from 'hono'
import { ApiError } from '../errors/apiError'
import { respondWithError } from '../api/errorHandler'
import type { Readiness } from './readiness'

export const HEALTH_PATHS: ReadonlySet<string> = new Set(['/livez', '/readyz'])

function ok(c: Context): Response {
  c.header('Cache-Control', 'no-store')
  return c.text('ok')
}

export function healthRoutes(readiness: Readiness): Hono {
  const health = new Hono()
  health.get('/livez', ok)
  health.get('/readyz', async (c) => {
    const reason = await readiness.notReadyBecause()
    if (reason === null) return ok(c)
    c.header('Retry-After', '5')
    return respondWithError(c, new ApiError('unavailable', reason))
  })
  return health
}
