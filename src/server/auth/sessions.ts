// Sessions: a random bearer token handed out once, kept only as its sha256, expiring after 30 days.
// Password login and a later ID-porten (OIDC) login both end in `issueSession`.
import { createHash, randomBytes } from 'node:crypto'
import { isoNow, type Clock } from '../../domain/clock'
import type { Queryable } from '../storage/database'
import type { Principal } from './principal'

export const SESSION_LIFETIME_MS = 30 * 24 * 3600_000

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export async function issueSession(
  db: Queryable,
  userId: string,
  clock: Clock,
): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url')
  const now = clock.now()
  const expiresAt = new Date(now + SESSION_LIFETIME_MS).toISOString()
  // Expired sessions of this user go when a new one starts, so the table does not grow without end.
  await db.query('DELETE FROM sessions WHERE user_id = $1 AND expires_at <= $2', [userId, isoNow(clock)])
  await db.query('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
    hashToken(token),
    userId,
    new Date(now).toISOString(),
    expiresAt,
  ])
  return { token, expiresAt }
}

interface PrincipalRow {
  user_id: string
  role: Principal['role']
  household_id: string | null
  municipality_id: string
}

/** What finds a token's session in the table: its hash, and the moment it must outlive. */
export interface SessionKey {
  tokenHash: string
  now: string
}

export function sessionKey(token: string, clock: Clock): SessionKey {
  return { tokenHash: hashToken(token), now: isoNow(clock) }
}

/** The signed-in user a token stands for, or null when it is unknown or expired. */
export async function principalOfToken(db: Queryable, token: string, clock: Clock): Promise<Principal | null> {
  const key = sessionKey(token, clock)
  const [row] = await db.query<PrincipalRow>(
    `SELECT u.id AS user_id, u.role, u.household_id, u.municipality_id
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > $2`,
    [key.tokenHash, key.now],
  )
  if (!row) return null
  return { userId: row.user_id, role: row.role, householdId: row.household_id, municipalityId: row.municipality_id }
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)])
}

/** Which of these sessions (by token hash) are still live: signed out, expired or deleted ones are not. */
export async function liveSessionHashes(db: Queryable, hashes: readonly string[], clock: Clock): Promise<Set<string>> {
  const rows = await db.query<{ token_hash: string }>(
    'SELECT token_hash FROM sessions WHERE token_hash = ANY ($1::text[]) AND expires_at > $2',
    [hashes, isoNow(clock)],
  )
  return new Set(rows.map((row) => row.token_hash))
}
