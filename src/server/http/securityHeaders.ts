// Headers every response carries: a strict CSP (no inline script, nothing third-party) and friends.
import type { MiddlewareHandler } from 'hono'

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
]

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  // Set before the answer exists, they go into it as it is made. Set afterwards, each one made Hono
  // copy the finished response into a stream: most of the cost of a small API answer.
  for (const [name, value] of SECURITY_HEADERS) c.header(name, value)
  await next()
  // A handler that built its own Response bypassed them.
  if (!c.res.headers.has('Content-Security-Policy')) for (const [name, value] of SECURITY_HEADERS) c.header(name, value)
}
