// Counts and times every request by its route template (`/api/v1/staff/stays/:id`, never the path with
// its ids) and status, and the sync pulls among them.
import type { MiddlewareHandler } from 'hono'
import { apiPath } from '../../protocol/routes/routePath'
import { syncRoutes } from '../../protocol/routes/syncRoutes'
import type { ServerMetrics } from './serverMetrics'

const SYNC_PULL = apiPath(syncRoutes.pullChanges, {})

export function requestMetrics(
  metrics: ServerMetrics,
  milliseconds: () => number = () => performance.now(),
): MiddlewareHandler {
  return async (c, next) => {
    const started = milliseconds()
    await next()
    const route = c.req.routePath
    metrics.request(c.req.method, route, c.res.status, (milliseconds() - started) / 1000)
    if (route === SYNC_PULL && c.req.method === 'GET') metrics.syncPull(c.res.status)
  }
}
