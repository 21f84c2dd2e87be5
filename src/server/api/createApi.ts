// The API under /api/v1 as one Hono app: body limit, the route table (which authenticates), one error handler.
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { MAX_BODY_BYTES } from '../../protocol'
import { ApiError, notFound } from '../errors/apiError'
import type { ApiEnv } from './apiEnv'
import { apiErrorHandler } from './errorHandler'
import { mountRoutes } from './mountRoutes'
import type { ApiDeps, Route } from './route'
import { apiRoutes } from './apiRoutes'

export function createApi(deps: ApiDeps, extraRoutes: readonly Route[] = []): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>()
  api.onError(apiErrorHandler(deps.log))
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ApiError('payload_too_large', `The body is larger than ${MAX_BODY_BYTES} bytes`)
    },
  })
  // A GET has no body; asking for one would make the Node adapter build a whole Fetch Request.
  api.use('*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)))
  mountRoutes(api, apiRoutes(extraRoutes), deps)
  api.all('*', () => {
    throw notFound()
  })
  return api
}
