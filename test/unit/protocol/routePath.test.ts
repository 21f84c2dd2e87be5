// The addresses the browser wings call and navigate to, built from the routes' descriptors.
import { describe, expect, it } from 'vitest'
import { apiPath, fillPath, routeLabel } from '../../../src/protocol/routes/routePath'
import { signInStartPath } from '../../../src/protocol/routes/signInRedirectRoutes'
import { staffReadRoutes } from '../../../src/protocol/routes/staffReadRoutes'
import { staffWriteRoutes } from '../../../src/protocol/routes/staffWriteRoutes'

describe('a route’s address', () => {
  it('fills in each path parameter, encoded', () => {
    expect(apiPath(staffWriteRoutes.staffDecideChangeRequest, { id: 'a b/c' })).toBe(
      '/api/v1/staff/change-requests/a%20b%2Fc/decision',
    )
  })

  it('leaves out the filters that are not given or empty', () => {
    const query = { limit: 200, name: '', cursor: undefined }
    expect(apiPath(staffReadRoutes.staffListHouseholds, {}, query)).toBe('/api/v1/staff/households?limit=200')
  })

  it('refuses to build an address with a path parameter missing', () => {
    expect(() => fillPath(staffWriteRoutes.staffPatchStay.path, {})).toThrow(TypeError)
  })

  it('sends the browser to the provider’s sign-in in the family’s language', () => {
    expect(signInStartPath('idporten', 'nn')).toBe('/api/v1/auth/idporten/start?locale=nn')
    expect(signInStartPath('staff', 'en')).toBe('/api/v1/auth/staff/start?locale=en')
  })

  it('names a request by its method and path, as failures are told', () => {
    expect(routeLabel(staffWriteRoutes.staffPatchStay)).toBe('PATCH /staff/stays/:id')
  })
})
