// GET /metrics in Prometheus' text format, beside the API: to loopback callers and scrape-token holders;
// anyone else is told it does not exist, in the API's error shape.
import { Hono } from 'hono'
import type { ApiEnv } from '../api/apiEnv'
import { notFound } from '../errors/apiError'
import { respondWithError } from '../api/errorHandler'
import { mayScrape } from './scrapeAccess'
import type { ServerMetrics } from './serverMetrics'

export const METRICS_PATH = '/metrics'

export function metricsRoute(metrics: ServerMetrics, scrapeToken: string | null): Hono<ApiEnv> {
  const route = new Hono<ApiEnv>()
  route.get(METRICS_PATH, async (c) => {
    const address = c.env?.incoming?.socket.remoteAddress
    if (!mayScrape(address, (name) => c.req.header(name), scrapeToken)) return respondWithError(c, notFound())
    c.header('Cache-Control', 'no-store')
    return c.body(await metrics.registry.metrics(), 200, { 'Content-Type': metrics.registry.contentType })
  })
  return route
}
