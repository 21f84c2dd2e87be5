// Sign-in attempts are limited per username from one client address, and per address across usernames.
// Each attempt takes a place in both counts before its password is checked, so concurrent guesses cannot
// all be checked; over either limit every attempt is refused (even with the right password) until the
// window has passed. A username's count is per address, so guessing from one place never locks the
// user out elsewhere.
import type { Clock } from '../../domain/clock'
import { embeddedIpv4, ipv6Network64 } from '../net/ipv6'
import type { Queryable } from '../storage/database'

export const LOGIN_FAILURES_ALLOWED = 5
/** Failures from one address across all usernames: one household or office shares an address. */
export const LOGIN_FAILURES_PER_ADDRESS = 20
export const LOGIN_WINDOW_MS = 15 * 60_000

/** One IPv4 address, or the /64 of an IPv6 one (a single home or phone is usually given a whole /64). */
export function addressKey(address: string): string {
  return embeddedIpv4(address) ?? ipv6Network64(address) ?? address
}

interface Keys {
  user: string
  address: string
}

function keysOf(username: string, address: string): Keys {
  const from = addressKey(address)
  return { user: `user:${username.trim().toLowerCase()}|${from}`, address: `address:${from}` }
}

/** A place taken in both counts: settle it with `attemptSucceeded` or `attemptFailed`. */
export interface LoginAttempt {
  keys: Keys
  /** The window the place was taken in, per key: a place is given back only in its own window. */
  addressWindow: string
}

export type Reservation = { allowed: true; attempt: LoginAttempt } | { allowed: false; retryAfterSeconds: number }

interface CountRow {
  attempt_key: string
  window_start: Date | string
  attempts: number
}

export async function reserveAttempt(
  db: Queryable,
  username: string,
  address: string,
  clock: Clock,
): Promise<Reservation> {
  const keys = keysOf(username, address)
  const now = clock.now()
  // One statement raises both counts (a new window when the old one has passed); rows are taken in the
  // same order by every attempt, so concurrent attempts on PostgreSQL wait for each other, never deadlock.
  const rows = await db.query<CountRow>(
    `INSERT INTO login_attempts (attempt_key, window_start, attempts) VALUES ($1, $3, 1), ($2, $3, 1)
     ON CONFLICT (attempt_key) DO UPDATE SET
       window_start = CASE WHEN login_attempts.window_start <= $4 THEN EXCLUDED.window_start
         ELSE login_attempts.window_start END,
       attempts = CASE WHEN login_attempts.window_start <= $4 THEN 1
         ELSE LEAST(login_attempts.attempts + 1, 1000000) END
     RETURNING attempt_key, window_start, attempts`,
    [keys.user, keys.address, new Date(now).toISOString(), new Date(now - LOGIN_WINDOW_MS).toISOString()],
  )
  const limitOf = (key: string) => (key === keys.user ? LOGIN_FAILURES_ALLOWED : LOGIN_FAILURES_PER_ADDRESS)
  const over = rows.filter((row) => row.attempts > limitOf(row.attempt_key))
  if (over.length === 0) {
    const addressRow = rows.find((row) => row.attempt_key === keys.address)
    return { allowed: true, attempt: { keys, addressWindow: new Date(addressRow?.window_start ?? now).toISOString() } }
  }
  // The attempt is not checked, so it gives back its place where it was under the limit.
  for (const row of rows.filter((candidate) => !over.includes(candidate)))
    await giveBack(db, row.attempt_key, new Date(row.window_start).toISOString())
  const until = Math.max(...over.map((row) => new Date(row.window_start).getTime() + LOGIN_WINDOW_MS))
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) }
}

async function giveBack(db: Queryable, key: string, windowStart: string): Promise<void> {
  await db.query(
    'UPDATE login_attempts SET attempts = attempts - 1 WHERE attempt_key = $1 AND window_start = $2 AND attempts > 0',
    [key, windowStart],
  )
}

/** The right password: the user's count from this address starts over; the address's keeps only failures. */
export async function attemptSucceeded(db: Queryable, attempt: LoginAttempt): Promise<void> {
  await db.query('DELETE FROM login_attempts WHERE attempt_key = $1', [attempt.keys.user])
  await giveBack(db, attempt.keys.address, attempt.addressWindow)
}

/** A wrong password keeps its place in both counts; counts whose window has passed go. */
export async function attemptFailed(db: Queryable, clock: Clock): Promise<void> {
  await db.query('DELETE FROM login_attempts WHERE window_start <= $1', [
    new Date(clock.now() - LOGIN_WINDOW_MS).toISOString(),
  ])
}
