// What running the server in production adds to every request: the probes and /metrics beside the
// API, requests counted and timed, and "Connection: close" on every answer once the server drains.
import type { Hono, MiddlewareHandler } from 'hono'
import { ApiError } from '../errors/apiError'
import { respondWithError } from '../api/errorHandler'
import { HEALTH_PATHS, healthRoutes } from './health'
import { METRICS_PATH, metricsRoute } from './metricsRoute'
import type { Readiness } from './readiness'
import { requestMetrics } from './requestMetrics'
import type { ServerMetrics } from './serverMetrics'

export interface Operations {
  readiness: Readiness
  metrics: ServerMetrics
  /** METRICS_TOKEN: lets a scraper elsewhere read /metrics. */
  scrapeToken: string | null
}

/** Paths the request log leaves out: probes come every few seconds and say nothing new. */
export const QUIET_PATHS: ReadonlySet<string> = new Set([...HEALTH_PATHS, METRICS_PATH])

function closeWhileDraining(readiness: Readiness): MiddlewareHandler {
  return async (c, next) => {
    await next()
    if (readiness.phase() === 'draining') c.header('Connection', 'close')
  }
}

export function mountOperations(app: Hono, operations: Operations): void {
  app.use('*', requestMetrics(operations.metrics))
  app.use('*', closeWhileDraining(operations.readiness))
  app.route('/', healthRoutes(operations.readiness))
  app.route('/', metricsRoute(operations.metrics, operations.scrapeToken))
}

/** What answers while the server opens and migrates its database: the probes, and 503 to the rest. */
export function mountStarting(app: Hono, readiness: Readiness): void {
  app.route('/', healthRoutes(readiness))
  app.all('*', (c) => {
    c.header('Retry-After', '5')
    return respondWithError(c, new ApiError('unavailable', 'The server is starting'))
  })
}
