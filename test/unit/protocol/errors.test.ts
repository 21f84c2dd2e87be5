import { describe, expect, it } from 'vitest'
import { ErrorBody, ErrorCode, statusOfErrorCode } from '../../../src/protocol/errors'

describe('the one error shape of the API', () => {
  it('answers each error code with its HTTP status', () => {
    expect(ErrorCode.options.map((code) => [code, statusOfErrorCode[code]])).toEqual([
      ['invalid_request', 400],
      ['unauthorized', 401],
      ['forbidden', 403],
      ['not_found', 404],
      ['conflict', 409],
      ['past_date', 409],
      ['kind_mismatch', 409],
      ['double_booked', 409],
      ['place_closed', 409],
      ['place_full', 409],
      ['no_decision', 409],
      ['beyond_decision', 409],
      ['payload_too_large', 413],
      ['rate_limited', 429],
      ['internal', 500],
      ['unavailable', 503],
      ['app_outdated', 426],
      ['import_refused', 422],
    ])
  })

  it('carries a code, a message and the field at fault', () => {
    const body = { error: { code: 'invalid_request', message: 'start: expected an instant', field: 'start' } }
    expect(ErrorBody.parse(body)).toEqual(body)
  })
})

describe('a second answer to a request', () => {
  it('is refused naming who answered first, and when', () => {
    const body = {
      error: {
        code: 'conflict',
        message: 'already answered',
        answered: { by: 'Tone Lunde', at: '2026-11-23T10:00:00.000Z' },
      },
    }
    expect(ErrorBody.parse(body)).toEqual(body)
  })
})
