// How the FHIR face answers: application/fhir+json, never cached (it carries health data).
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export const FHIR_JSON = 'application/fhir+json; charset=utf-8'

export function fhirResponse(c: Context, resource: object, status: ContentfulStatusCode = 200): Response {
  c.header('Cache-Control', 'no-store')
  return c.body(JSON.stringify(resource), status, { 'Content-Type': FHIR_JSON })
}
