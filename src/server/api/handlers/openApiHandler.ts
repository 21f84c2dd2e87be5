// GET /openapi.json: the document of every route, built once from the same descriptors that serve them.
import { openApiRoutes } from '../../../protocol/routes/openApiRoutes'
import type { RouteDescriptor } from '../../../protocol/routes/route'
import { openApiDocument } from '../openApi'
import { attach } from '../route'

export function openApiHandler(routes: () => readonly RouteDescriptor[]) {
  let document: Record<string, unknown> | undefined
  return attach(openApiRoutes, {
    async getOpenApi() {
      document ??= openApiDocument(routes())
      return document
    },
  })
}
