// The API's own description.
import '../zodInBrowser'
import { z } from 'zod'
import { describeRoutes } from './route'

export const openApiRoutes = describeRoutes({
  getOpenApi: {
    method: 'get',
    path: '/openapi.json',
    summary: 'This document',
    access: 'anyone',
    response: z.record(z.string(), z.unknown()),
  },
})
