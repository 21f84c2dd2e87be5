// A record system's view of the FHIR face in tests: real requests to /fhir/R4, and every JSON answer,
// success or OperationOutcome, checked against the FHIR R4 schema before a test sees it.
import { expect } from 'vitest'
import { fhirSchemaErrors } from './fhirValidator'

export interface FhirResource {
  resourceType: string
  id?: string
  [element: string]: unknown
}

export interface FhirResponse {
  status: number
  headers: Headers
  body: FhirResource
}

export interface Bundle extends FhirResource {
  link: { relation: string; url: string }[]
  entry?: { fullUrl: string; resource: FhirResource }[]
}

export class FhirClient {
  constructor(
    readonly serverUrl: string,
    readonly token: string | null = null,
  ) {}

  /** `path` below /fhir/R4, or a whole address the server gave (a next link). */
  get(path: string): Promise<FhirResponse> {
    return this.request('GET', path)
  }

  /** A conditional update: `PUT /Appointment?identifier=system|value`, If-Match when a version is given. */
  put(path: string, resource: unknown, ifMatch?: string): Promise<FhirResponse> {
    return this.request('PUT', path, resource, ifMatch === undefined ? {} : { 'if-match': ifMatch })
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const url = path.startsWith('http') ? path : `${this.serverUrl}/fhir/R4${path}`
    const response = await fetch(url, {
      method,
      headers: {
        accept: 'application/fhir+json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/fhir+json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8')
    const answer = (await response.json()) as FhirResource
    expect(fhirSchemaErrors(answer), `${method} ${url} answered a resource that is not valid FHIR R4`).toEqual([])
    return { status: response.status, headers: response.headers, body: answer }
  }

  /** Every resource of a search, following its next links. */
  async searchAll(path: string): Promise<FhirResource[]> {
    const resources: FhirResource[] = []
    let next: string | undefined = path
    while (next) {
      const { status, body } = await this.get(next)
      expect(status).toBe(200)
      const bundle = body as Bundle
      resources.push(...(bundle.entry ?? []).map((entry) => entry.resource))
      next = bundle.link.find((link) => link.relation === 'next')?.url
    }
    return resources
  }
}

/** The one issue of an OperationOutcome: its FHIR issue type and Pusterom's error code. */
export function issueOf(outcome: FhirResource): { code: string; errorCode: string | undefined } {
  expect(outcome.resourceType).toBe('OperationOutcome')
  const [issue] = outcome.issue as { code: string; details?: { coding?: { code: string }[] } }[]
  return { code: issue!.code, errorCode: issue!.details?.coding?.[0]?.code }
}
