// The OpenAPI 3.1 document, generated from the routes' descriptors and the protocol's zod schemas.
import { z } from 'zod'
import {
  ErrorBody,
  OLDEST_SERVED_PROTOCOL,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  statusOfErrorCode,
  type ErrorCode,
} from '../../protocol'
import type { RouteDescriptor } from '../../protocol/routes/route'
import { API_PREFIX, FHIR_PREFIX } from '../../protocol/routes/routePath'

type JsonSchema = Record<string, unknown>

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  // Refinements and coercions have no JSON Schema form; the checks they add are still run by the server.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema
  return rest
}

const errorDescriptions: Record<ErrorCode, string> = {
  invalid_request: 'Invalid input; `field` names the field',
  unauthorized: 'No token, or a token that is unknown or expired',
  forbidden: 'Signed in with the wrong role',
  not_found: 'Not found, or not yours (the same answer)',
  conflict: 'The record is not in a state that allows this',
  past_date: 'The stay would begin (or end) in the past; `conflicts` lists every collision of the plan',
  kind_mismatch: 'The kind of stay is not what the place offers; `conflicts` lists every collision',
  double_booked: 'The child is somewhere else at the time; `conflicts` lists every collision',
  place_closed: 'The place is closed on a day the stay takes; `conflicts` lists every collision',
  place_full: 'The place has no room on a day the stay takes; `conflicts` lists every collision',
  no_decision: 'No decision (vedtak) of the child grants this kind of stay then; `conflicts` lists every collision',
  beyond_decision: 'The stay goes beyond what the decision grants in a period; `conflicts` lists every collision',
  payload_too_large: 'The body is larger than the server reads',
  rate_limited: 'Too many attempts; see Retry-After',
  internal: 'A bug on the server',
  unavailable: 'The server is starting or shutting down; see Retry-After',
  app_outdated: 'The app speaks a protocol version the server no longer serves (`pusterom-protocol`): update it',
  import_refused: 'A row of the CSV files is refused, so nothing was imported; the message names each file and line',
}

function errorsOf(route: RouteDescriptor): ErrorCode[] {
  const codes = new Set<ErrorCode>(route.errors ?? [])
  if (route.params || route.query || route.body) codes.add('invalid_request')
  if (route.body) codes.add('payload_too_large')
  if (route.access !== 'anyone') codes.add('unauthorized')
  if (route.access === 'caregiver' || route.access === 'staff') codes.add('forbidden')
  if (route.access === 'caregiver') codes.add('app_outdated')
  return [...codes].sort((a, b) => statusOfErrorCode[a] - statusOfErrorCode[b])
}

function parameters(schema: z.ZodType | undefined, location: 'path' | 'query'): JsonSchema[] {
  if (!schema) return []
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] }
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (object.required ?? []).includes(name),
    schema: property,
  }))
}

/** The family app's protocol version (src/protocol/protocolVersion.ts); a request without it is version 1. */
const protocolParameter: JsonSchema = {
  name: PROTOCOL_HEADER,
  in: 'header',
  required: false,
  description: `The sync protocol version the app speaks; ${OLDEST_SERVED_PROTOCOL} to ${PROTOCOL_VERSION} are served, 1 without the header`,
  schema: { type: 'integer', minimum: 1 },
}

function operation(route: RouteDescriptor): JsonSchema {
  const responses: JsonSchema = {
    [String(route.status ?? 200)]: route.response
      ? {
          description: 'Success',
          content: { [route.produces ?? 'application/json']: { schema: jsonSchema(route.response, 'output') } },
        }
      : { description: 'Success, no content' },
  }
  for (const code of errorsOf(route)) {
    // Several codes share 409: one response lists them all.
    const status = String(statusOfErrorCode[code])
    const before = (responses[status] as { description?: string } | undefined)?.description
    const description = `\`${code}\`: ${errorDescriptions[code]}`
    responses[status] = {
      description: before ? `${before}; ${description}` : description,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    }
  }
  return {
    operationId: route.name,
    summary: route.summary,
    'x-access': route.access,
    security: route.access === 'anyone' ? [] : [{ bearer: [] }],
    parameters: [
      ...parameters(route.params, 'path'),
      ...parameters(route.query, 'query'),
      ...(route.access === 'caregiver' ? [protocolParameter] : []),
    ],
    ...(route.body
      ? {
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } },
        }
      : {}),
    responses,
  }
}

export function openApiPath(route: Pick<RouteDescriptor, 'path'>): string {
  return API_PREFIX + route.path.replace(/:([A-Za-z]\w*)/g, '{$1}')
}

export function openApiDocument(routes: readonly RouteDescriptor[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {}
  for (const route of routes) {
    const path = openApiPath(route)
    paths[path] = { ...paths[path], [route.method]: operation(route) }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pusterom municipal respite API',
      version: '1',
      description:
        'What the Pusterom app syncs with. Every error has the shape of `Error`; a 5xx is a bug. The municipality’s ' +
        `record system reads and plans the same data through a FHIR R4 face under ${FHIR_PREFIX} ` +
        '(application/fhir+json, errors as OperationOutcome), which its CapabilityStatement describes.',
    },
    externalDocs: { description: 'The FHIR face’s CapabilityStatement', url: `${FHIR_PREFIX}/metadata` },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The token from POST /session' } },
      schemas: { Error: jsonSchema(ErrorBody, 'output') },
    },
    paths,
  }
}
