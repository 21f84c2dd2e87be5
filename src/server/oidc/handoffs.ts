// The one-time code that carries a finished sign-in from the callback to the app (which trades it for
// a session, so no bearer token sits in a URL), and which provider each such session began with, for
// ending the provider's session at sign-out. The provider's ID token is kept nowhere: it holds the
// person number, and signing out needs only the client's own name (client_id).
import { createHash, randomBytes } from 'node:crypto'
import { isoNow, type Clock } from '../../domain/clock'
import type { Queryable } from '../storage/database'
import type { IdentityProvider } from './identities'

export const HANDOFF_TTL_MS = 60_000

const hashOf = (value: string) => createHash('sha256').update(value).digest('hex')

export interface Handoff {
  userId: string
  provider: IdentityProvider
}

export async function createHandoff(db: Queryable, clock: Clock, handoff: Handoff): Promise<string> {
  const code = randomBytes(32).toString('base64url')
  await db.query('DELETE FROM session_handoffs WHERE expires_at <= $1', [isoNow(clock)])
  await db.query('INSERT INTO session_handoffs (code_hash, user_id, provider, expires_at) VALUES ($1, $2, $3, $4)', [
    hashOf(code),
    handoff.userId,
    handoff.provider,
    new Date(clock.now() + HANDOFF_TTL_MS).toISOString(),
  ])
  return code
}

/** The sign-in behind a code, which stops working now; null when unknown, used or expired. */
export async function takeHandoff(db: Queryable, clock: Clock, code: string): Promise<Handoff | null> {
  const [row] = await db.query<{ user_id: string; provider: IdentityProvider; expires_at: Date | string }>(
    'DELETE FROM session_handoffs WHERE code_hash = $1 RETURNING user_id, provider, expires_at',
    [hashOf(code)],
  )
  if (!row || new Date(row.expires_at).getTime() <= clock.now()) return null
  return { userId: row.user_id, provider: row.provider }
}

export async function keepSignInProvider(
  db: Queryable,
  clock: Clock,
  session: { token: string; expiresAt: string },
  provider: IdentityProvider,
): Promise<void> {
  await db.query('DELETE FROM oidc_sessions WHERE expires_at <= $1', [isoNow(clock)])
  await db.query('INSERT INTO oidc_sessions (token_hash, provider, expires_at) VALUES ($1, $2, $3)', [
    hashOf(session.token),
    provider,
    session.expiresAt,
  ])
}

/** The provider a session began with (and forgets it); null for a password session. */
export async function takeSignInProvider(db: Queryable, token: string): Promise<IdentityProvider | null> {
  const [row] = await db.query<{ provider: IdentityProvider }>(
    'DELETE FROM oidc_sessions WHERE token_hash = $1 RETURNING provider',
    [hashOf(token)],
  )
  return row?.provider ?? null
}
