// The whole server as one Hono app: the municipal API under /api/v1, its FHIR face under /fhir/R4, the probes and metrics beside it,
// and the built PWA.
import { Hono } from 'hono'
import { API_PREFIX, FHIR_PREFIX } from '../protocol/routes/routePath'
import { createApi } from './api/createApi'
import { apiErrorHandler, respondWithError } from './api/errorHandler'
import type { ApiDeps, Route } from './api/route'
import { signInRedirects } from './api/signInRedirects'
import type { ServerConfig } from './config'
import { notFound } from './errors/apiError'
import { fhirApp } from './fhir/fhirApp'
import { appFiles } from './http/appFiles'
import { requestLog } from './http/requestLog'
import { securityHeaders } from './http/securityHeaders'
import { mountOperations, mountStarting, QUIET_PATHS, type Operations } from './operations/operations'
import type { Readiness } from './operations/readiness'

export interface AppOptions {
  /** The API's database, clock, event listeners and log; without it only the built app is served. */
  api?: ApiDeps
  /** Routes that live beside their own code (Web Push, the calendar feed). */
  extraRoutes?: readonly Route[]
  /** The probes, metrics and draining of a running server. */
  operations?: Operations
}

export function createApp(config: Pick<ServerConfig, 'distDir'>, options: AppOptions = {}): Hono {
  const app = new Hono()
  app.use('*', securityHeaders)
  if (options.api) app.use('*', requestLog(options.api.log, { quiet: QUIET_PATHS }))
  if (options.operations) mountOperations(app, options.operations)
  if (options.api) {
    // The browser's redirects of a provider sign-in, beside the JSON API under the same prefix.
    if (options.api.signIn) app.route(API_PREFIX, signInRedirects(options.api, options.api.signIn))
    app.route(API_PREFIX, createApi(options.api, options.extraRoutes))
    app.route(FHIR_PREFIX, fhirApp(options.api))
  }
  // Nothing under /api or /fhir is ever answered with the app shell, in whatever case its address is written.
  app.all('*', (c, next) => (/^\/(?:api|fhir)(?:\/|$)/i.test(c.req.path) ? respondWithError(c, notFound()) : next()))
  app.route('/', appFiles(config.distDir))
  // Whatever no route answers, and a bug outside the API, in the error shape too.
  app.notFound((c) => respondWithError(c, notFound()))
  app.onError(apiErrorHandler(options.api?.log ?? ((line) => console.error(line))))
  return app
}

/** What answers while the server starts: the probes, and "starting" (503) to everything else. */
export function createStartingApp(readiness: Readiness): Hono {
  const app = new Hono()
  app.use('*', securityHeaders)
  mountStarting(app, readiness)
  return app
}
