// How the FHIR face answers: application/fhir+json, never cached (it carries health data).
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export const FHIR_JSON = 'application/fhir+json; charset=utf-8'

/** The server's own base address of the face, for the links a Bundle carries. */
export const FHIR_BASE = '/fhir/R4'

export function fhirResponse(c: Context, resource: object, status: ContentfulStatusCode = 200): Response {
  c.header('Cache-Control', 'no-store')
  return c.body(JSON.stringify(resource), status, { 'Content-Type': FHIR_JSON })
}
