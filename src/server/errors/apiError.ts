// An error the API answers with, thrown wherever the fault is found (a route, a staff service, a mutation):
// its machine code decides the status; the message is for developers.
import { statusOfErrorCode, type ErrorBody, type ErrorCode } from '../../protocol'

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Seconds, for 429. */
    readonly retryAfter?: number,
  ) {
    super(message)
    this.name = 'ApiError'
  }

  get status(): number {
    return statusOfErrorCode[this.code]
  }

  body(): ErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.field === undefined ? {} : { field: this.field }) },
    }
  }
}

/** The one answer for "does not exist" and "is not yours", so existence never leaks. */
export function notFound(): ApiError {
  return new ApiError('not_found', 'Not found')
}
