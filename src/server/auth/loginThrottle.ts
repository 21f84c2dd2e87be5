// Login attempts are limited per username and client address: after too many failures in a window,
// every attempt is refused (even with the right password) until the window has passed.
import type { Clock } from '../../domain/clock'
import type { Queryable } from '../storage/database'

export const LOGIN_FAILURES_ALLOWED = 5
export const LOGIN_WINDOW_MS = 15 * 60_000

export function attemptKey(username: string, address: string): string {
  return `${username.trim().toLowerCase()}|${address}`
}

/** Seconds until another attempt is allowed, or 0 when one is allowed now. */
export async function secondsUntilAllowed(db: Queryable, key: string, clock: Clock): Promise<number> {
  const since = new Date(clock.now() - LOGIN_WINDOW_MS).toISOString()
  const rows = await db.query<{ at: Date | string }>(
    'SELECT at FROM login_failures WHERE attempt_key = $1 AND at > $2 ORDER BY at DESC LIMIT $3',
    [key, since, LOGIN_FAILURES_ALLOWED],
  )
  const oldest = rows[LOGIN_FAILURES_ALLOWED - 1]
  if (!oldest) return 0
  return Math.max(1, Math.ceil((new Date(oldest.at).getTime() + LOGIN_WINDOW_MS - clock.now()) / 1000))
}

export async function recordFailure(db: Queryable, key: string, clock: Clock): Promise<void> {
  const now = clock.now()
  // Failures older than the window count for no one, whatever the key: the table holds one window's worth.
  await db.query('DELETE FROM login_failures WHERE at <= $1', [new Date(now - LOGIN_WINDOW_MS).toISOString()])
  await db.query('INSERT INTO login_failures (attempt_key, at) VALUES ($1, $2)', [key, new Date(now).toISOString()])
}

export async function clearFailures(db: Queryable, key: string): Promise<void> {
  await db.query('DELETE FROM login_failures WHERE attempt_key = $1', [key])
}
