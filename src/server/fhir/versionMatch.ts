// If-Match for the FHIR face: the version a record system last read (W/"n"), refused with 412 when the
// resource has changed since (in the console, by the family, or by another request).
import { ApiError } from '../errors/apiError'

/** 412 Precondition Failed, said as a conflict with the version the request expected. */
export class VersionConflict extends ApiError {
  constructor(message: string) {
    super('conflict', message, 'If-Match')
  }

  override get status(): number {
    return 412
  }
}

/** Refuses the request unless `ifMatch` (when given) names `version`; null: nothing exists yet. */
export function checkIfMatch(ifMatch: string | undefined, version: number | null): void {
  if (ifMatch === undefined) return
  const expected = /^(?:W\/)?"(\d{1,15})"$/.exec(ifMatch.trim())?.[1]
  if (expected === undefined) throw new ApiError('invalid_request', 'If-Match: expected W/"<version>"', 'If-Match')
  if (version === null) throw new VersionConflict('If-Match: there is no such appointment yet')
  if (Number(expected) !== version)
    throw new VersionConflict(`If-Match: the appointment is at version ${version}, not ${expected}`)
}
