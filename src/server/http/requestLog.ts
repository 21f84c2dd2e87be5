// One JSON line per request: its id (echoed in X-Request-Id), method, route template, status and time.
// Never a body, a query, a token or an id from the path: what families send is health data.
import type { MiddlewareHandler } from 'hono'
import { REQUEST_ID_HEADER, requestIdOf } from './requestId'

export interface RequestLogOptions {
  milliseconds?: () => number
  /** Paths answered without a line (the probes Kubernetes sends every few seconds, the scrapes). */
  quiet?: ReadonlySet<string>
}

export function requestLog(log: (line: string) => void, options: RequestLogOptions = {}): MiddlewareHandler {
  const milliseconds = options.milliseconds ?? (() => performance.now())
  return async (c, next) => {
    const started = milliseconds()
    const requestId = requestIdOf(c.req.header(REQUEST_ID_HEADER))
    c.header(REQUEST_ID_HEADER, requestId)
    await next()
    // A handler that built its own Response left the header out.
    if (!c.res.headers.has(REQUEST_ID_HEADER)) c.header(REQUEST_ID_HEADER, requestId)
    if (options.quiet?.has(c.req.path)) return
    const status = c.res.status
    log(
      JSON.stringify({
        level: status >= 500 ? 'error' : 'info',
        msg: 'request',
        requestId,
        method: c.req.method,
        route: c.req.routePath,
        status,
        durationMs: Math.round(milliseconds() - started),
      }),
    )
  }
}
