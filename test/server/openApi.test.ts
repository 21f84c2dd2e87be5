import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { MutationsRequest, SyncResponse } from '../../src/protocol'
import { apiRoutes } from '../../src/server/api/apiRoutes'
import { openApiPath } from '../../src/server/api/openApi'
import { useTestServer } from './support/testServer'

const world = useTestServer()

interface OpenApiDocument {
  openapi: string
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string
        requestBody?: { content: Record<string, { schema: unknown }> }
        responses: Record<string, { content?: Record<string, { schema: unknown }> }>
        security: unknown[]
      }
    >
  >
}

async function document(): Promise<OpenApiDocument> {
  const response = await world().anonymous.get<OpenApiDocument>('/openapi.json')
  expect(response.status).toBe(200)
  return response.body
}

// The table of architecture.md, less Web Push and the calendar feed (added beside their own code).
const architectureRoutes = [
  'post /api/v1/session',
  'delete /api/v1/session',
  'get /api/v1/municipality',
  'get /api/v1/sync',
  'post /api/v1/mutations',
  'post /api/v1/staff/stays',
  'patch /api/v1/staff/stays/{id}',
  'post /api/v1/staff/change-requests/{id}/decision',
  'post /api/v1/staff/messages',
  'put /api/v1/staff/municipality',
  'get /api/v1/staff/households',
  'get /api/v1/staff/households/{id}',
  'get /api/v1/staff/stays',
  'get /api/v1/staff/change-requests',
  'get /api/v1/staff/summer-applications',
  'get /api/v1/staff/places',
  'get /api/v1/staff/messages',
  'get /api/v1/staff/access-log',
  'get /api/v1/openapi.json',
]

describe('the OpenAPI document', () => {
  it('lists every route of the API, each under its own operation id', async () => {
    const { openapi, paths } = await document()
    expect(openapi).toBe('3.1.0')
    const listed = Object.entries(paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method} ${path}`),
    )
    expect(listed).toEqual(expect.arrayContaining(architectureRoutes))
    expect(listed).toEqual(expect.arrayContaining(apiRoutes().map((route) => `${route.method} ${openApiPath(route)}`)))
    const operationIds = Object.values(paths).flatMap((operations) =>
      Object.values(operations).map((operation) => operation.operationId),
    )
    expect(new Set(operationIds).size).toBe(listed.length)
  })

  it('lists only routes the server serves: each one that needs a token asks for it', async () => {
    const { paths } = await document()
    for (const [path, operations] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (operation.security.length === 0) continue
        const concrete = path.replace('/api/v1', '').replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000')
        const response = await world().anonymous.request(
          method.toUpperCase(),
          concrete,
          method === 'get' ? {} : { body: {} },
        )
        expect(response.status, `${method} ${path}`).toBe(401)
      }
    }
  })

  it('describes request and response bodies with the protocol’s own schemas', async () => {
    const { paths } = await document()
    const { $schema: _request, ...mutations } = z.toJSONSchema(MutationsRequest, { io: 'input' })
    expect(paths['/api/v1/mutations']?.post?.requestBody?.content['application/json']?.schema).toEqual(mutations)
    const { $schema: _response, ...sync } = z.toJSONSchema(SyncResponse, { io: 'output' })
    expect(paths['/api/v1/sync']?.get?.responses['200']?.content?.['application/json']?.schema).toEqual(sync)
  })

  it('documents the shared error shape for the errors of each route, and which need a token', async () => {
    const { paths } = await document()
    const patch = paths['/api/v1/staff/stays/{id}']?.patch
    expect(Object.keys(patch?.responses ?? {}).sort()).toEqual(['200', '400', '401', '403', '404', '409', '413'])
    // The plan's refusals share 409: one response names every code.
    expect(JSON.stringify(patch?.responses['409'])).toContain('`double_booked`')
    expect(JSON.stringify(patch?.responses['409'])).toContain('`place_full`')
    expect(patch?.responses['404']?.content?.['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/Error',
    })
    expect(patch?.security).toEqual([{ bearer: [] }])
    expect(paths['/api/v1/session']?.post?.security).toEqual([])
    expect(paths['/api/v1/session']?.post?.responses['429']).toBeDefined()
  })
})
