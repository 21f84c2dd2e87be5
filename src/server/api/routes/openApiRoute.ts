// GET /openapi.json: the document of every route, built once from the same table that serves them.
import { z } from 'zod'
import { openApiDocument } from '../openApi'
import { defineRoute, type Route } from '../route'

export function openApiRoute(routes: () => readonly Route[]) {
  let document: Record<string, unknown> | undefined
  return defineRoute({
    name: 'getOpenApi',
    method: 'get',
    path: '/openapi.json',
    summary: 'This document',
    access: 'anyone',
    response: z.record(z.string(), z.unknown()),
    async handle() {
      document ??= openApiDocument(routes())
      return document
    },
  })
}
