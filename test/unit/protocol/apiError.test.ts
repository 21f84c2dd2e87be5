import { describe, expect, it } from 'vitest'
import { ApiError, isApiError, type ApiErrorKind } from '../../../src/protocol/apiError'

describe('why a call to the API failed', () => {
  it('is worth trying again later when the network, the server or its answer failed, or it said slow down', () => {
    const kinds: ApiErrorKind[] = ['offline', 'timeout', 'server', 'rateLimited', 'malformed']
    expect(kinds.filter((kind) => !new ApiError(kind, 'failed').retryable)).toEqual([])
  })

  it('is not worth trying again when the family must act or the server refused', () => {
    const kinds: ApiErrorKind[] = ['sessionExpired', 'badCredentials', 'refused', 'aborted']
    expect(kinds.filter((kind) => new ApiError(kind, 'failed').retryable)).toEqual([])
  })

  it('carries its kind, message and the server’s details', () => {
    const error = new ApiError('refused', 'POST /mutations: no', { status: 409, code: 'conflict' })
    expect([error.name, error.kind, error.message, error.details, error instanceof Error]).toEqual([
      'ApiError',
      'refused',
      'POST /mutations: no',
      { status: 409, code: 'conflict' },
      true,
    ])
  })

  it('has no details when the server gave none', () => {
    expect(new ApiError('offline', 'no network').details).toEqual({})
  })

  it('is told apart from other errors, and by its kind', () => {
    const offline = new ApiError('offline', 'no network')
    expect([isApiError(offline), isApiError(offline, 'offline'), isApiError(offline, 'timeout')]).toEqual([
      true,
      true,
      false,
    ])
    expect(isApiError(new Error('offline'))).toBe(false)
  })
})
