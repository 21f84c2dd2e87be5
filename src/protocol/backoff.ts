// How long to wait before retrying after the n-th failure in a row: exponential, capped, full jitter,
// so many phones that lost the server at once do not come back at the same moment.
export interface BackoffPolicy {
  baseMs: number
  capMs: number
  /** Never retry sooner than this, even when the jitter rolls near zero. */
  minMs: number
}

export const defaultBackoff: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000, minMs: 500 }

/** `failures` counts from 1; `random` returns a number in [0, 1). */
export function backoffDelay(failures: number, random: () => number, policy: BackoffPolicy = defaultBackoff): number {
  const exponent = Math.min(Math.max(failures - 1, 0), 30)
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent)
  return Math.max(policy.minMs, Math.floor(random() * ceiling))
}
