// One line per request: method, route template, status and time. Never a body, a query, a token or an
// id from the path: what families send is health data.
import type { MiddlewareHandler } from 'hono'

export function requestLog(
  log: (line: string) => void,
  milliseconds: () => number = () => performance.now(),
): MiddlewareHandler {
  return async (c, next) => {
    const started = milliseconds()
    await next()
    log(`${c.req.method} ${c.req.routePath} ${c.res.status} ${Math.round(milliseconds() - started)}ms`)
  }
}
