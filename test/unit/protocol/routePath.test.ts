// The addresses the browser wings call and navigate to, built from the routes' descriptors.
import { describe, expect, it } from 'vitest'
import { createApiClient, routeLabel } from '../../../src/protocol/apiClient'
import { API_PREFIX, apiPath, FHIR_PREFIX, fillPath } from '../../../src/protocol/routes/routePath'
import { signInStartPath } from '../../../src/protocol/routes/signInRedirectRoutes'
import { staffReadRoutes } from '../../../src/protocol/routes/staffReadRoutes'
import { staffWriteRoutes } from '../../../src/protocol/routes/staffWriteRoutes'

describe('a route’s address', () => {
  it('fills in each path parameter, encoded', () => {
    expect(apiPath(staffWriteRoutes.staffDecideChangeRequest, { id: 'a b/c' })).toBe(
      '/api/v1/staff/change-requests/a%20b%2Fc/decision',
    )
  })

  it('refuses to build an address with a path parameter missing', () => {
    expect(() => fillPath(staffWriteRoutes.staffPatchStay.path, {})).toThrow(
      new TypeError('/staff/stays/:id: no value for :id'),
    )
  })

  it('sends the browser to the provider’s sign-in in the family’s language', () => {
    expect(signInStartPath('idporten', 'nn')).toBe('/api/v1/auth/idporten/start?locale=nn')
    expect(signInStartPath('staff', 'en')).toBe('/api/v1/auth/staff/start?locale=en')
  })

  it('names a request by its method and path, as failures are told', () => {
    expect(routeLabel(staffWriteRoutes.staffPatchStay)).toBe('PATCH /staff/stays/:id')
  })
})

describe('a call', () => {
  it('sends only the filters that are given and not empty', async () => {
    const asked: string[] = []
    const fetch = async (url: RequestInfo | URL) => {
      asked.push(String(url))
      return new Response(JSON.stringify({ items: [], nextCursor: null }), { status: 200 })
    }
    const api = createApiClient({ baseUrl: 'http://127.0.0.1:8080', token: () => 'a'.repeat(43), fetch })
    await api.call(staffReadRoutes.staffListHouseholds, { query: { limit: 200, name: '', cursor: undefined } })
    expect(asked).toEqual(['http://127.0.0.1:8080/api/v1/staff/households?limit=200'])
  })
})

describe('the two faces of the API', () => {
  it('answers its own clients under /api/v1 and the record system under /fhir/R4', () => {
    expect([API_PREFIX, FHIR_PREFIX]).toEqual(['/api/v1', '/fhir/R4'])
  })
})
