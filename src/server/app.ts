// The whole server as one Hono app: the municipal API under /api/v1 and the built PWA beside it.
import { Hono } from 'hono'
import type { ServerConfig } from './config'
import { appFiles } from './http/appFiles'
import { securityHeaders } from './http/securityHeaders'

export function createApp(config: Pick<ServerConfig, 'distDir'>): Hono {
  const app = new Hono()
  app.use('*', securityHeaders)
  app.route('/', appFiles(config.distDir))
  return app
}
