// How long to wait before retrying after the n-th failure in a row: exponential, capped, full jitter,
// so many phones that lost the server at once do not come back at the same moment.
import type { ApiErrorKind } from './apiError'

export interface BackoffPolicy {
  baseMs: number
  capMs: number
  /** Never retry sooner than this, even when the jitter rolls near zero. */
  minMs: number
}

export const defaultBackoff: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000, minMs: 500 }

/**
 * When no request got through at all (the server is down or out of reach while the browser still says it is
 * online): nothing but a retry tells when it is back (the browser fires `online` only for its own network), and a
 * try that finds no connection costs the server nothing, so keep trying every few seconds, not minutes.
 */
export const unreachableBackoff: BackoffPolicy = { baseMs: 1_000, capMs: 5_000, minMs: 500 }

/** `failures` counts from 1; `random` returns a number in [0, 1). */
export function backoffDelay(failures: number, random: () => number, policy: BackoffPolicy = defaultBackoff): number {
  const exponent = Math.min(Math.max(failures - 1, 0), 30)
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent)
  return Math.max(policy.minMs, Math.floor(random() * ceiling))
}

/** The server's own failures back off to minutes; a server out of reach is asked again within seconds. */
export function backoffPolicyFor(
  kind: ApiErrorKind | 'unexpected',
  policies: { backoff?: BackoffPolicy; unreachableBackoff?: BackoffPolicy },
): BackoffPolicy {
  return kind === 'offline' ? (policies.unreachableBackoff ?? unreachableBackoff) : (policies.backoff ?? defaultBackoff)
}
