// What the server said when it refused a change (its error's message: "end: must be after start"), so
// "Kunne ikke lagre:" is followed by why; empty when the failure was not a refusal (offline, a 5xx).
import { isApiError } from '../../protocol/apiError'

export function refusalReason(error: unknown): string {
  return isApiError(error, 'refused') ? (error.details.serverMessage ?? '') : ''
}
