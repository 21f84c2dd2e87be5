import { describe, expect, it } from 'vitest'
import {
  AuthMethodsResponse,
  SessionExchangeRequest,
  SignInFailure,
  SignOutResponse,
} from '../../../src/protocol/signIn'
import { acceptedAmong, refusedAmong } from '../../support/schemaChecks'

describe('signing in through ID-porten or the municipality’s provider', () => {
  it('tells the app which ways in are on', () => {
    const methods = { idporten: true, staff: true, password: false }
    expect(AuthMethodsResponse.parse(methods)).toEqual(methods)
  })

  it('trades a one-time code of 20 to 200 characters, and nothing more, for a session', () => {
    const codes = ['x'.repeat(20), 'x'.repeat(200)].map((code) => ({ code }))
    expect(refusedAmong(SessionExchangeRequest, codes)).toEqual([])
    const bad = [{ code: 'x'.repeat(19) }, { code: 'x'.repeat(201) }, { code: 'x'.repeat(40), pid: '12838610089' }]
    expect(acceptedAmong(SessionExchangeRequest, bad)).toEqual([])
  })

  it('sends the browser to end the provider’s session too, or nowhere', () => {
    const ends = [{ endSessionUrl: 'https://idporten.no/logout?id_token_hint=abc' }, { endSessionUrl: null }]
    expect(ends.map((end) => SignOutResponse.parse(end))).toEqual(ends)
  })

  it('names why a sign-in ended on the sign-in page', () => {
    expect(SignInFailure.options).toEqual(['cancelled', 'expired', 'failed', 'notProvisioned', 'unavailable'])
  })
})
