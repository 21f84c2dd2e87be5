import { describe, expect, it } from 'vitest'
import {
  HELSEID_PARENT_ORGANISATION,
  organisationClaim,
  organisationNumberOf,
} from '../../../src/server/oidc/organisationClaim'

describe('the organisation a machine client acts for', () => {
  it("is read from Maskinporten's consumer claim", () => {
    expect(organisationNumberOf(organisationClaim('990000018'))).toBe('990000018')
  })

  it("is read from HelseID's parent organisation number", () => {
    expect(organisationNumberOf({ [HELSEID_PARENT_ORGANISATION]: '990000026' })).toBe('990000026')
  })

  it("prefers Maskinporten's claim when a token carries both", () => {
    const both = { ...organisationClaim('990000018'), [HELSEID_PARENT_ORGANISATION]: '990000026' }
    expect(organisationNumberOf(both)).toBe('990000018')
  })

  it('is none when neither names a nine-digit organisation number', () => {
    expect(organisationNumberOf({})).toBeNull()
    expect(organisationNumberOf({ [HELSEID_PARENT_ORGANISATION]: '99000001' })).toBeNull()
    expect(organisationNumberOf({ [HELSEID_PARENT_ORGANISATION]: 990000026 })).toBeNull()
    expect(organisationNumberOf({ consumer: { authority: 'iso6523-actorid-upis', ID: '0088:990000018' } })).toBeNull()
  })
})
