// The one-time code that carries a finished sign-in from the callback to the app (which trades it for
// a session, so no bearer token sits in a URL), and the ID token kept with each such session for
// ending the provider's session at sign-out. Both are sealed with the secret they belong to.
import { createHash, randomBytes } from 'node:crypto'
import { isoNow, type Clock } from '../../domain/clock'
import type { Queryable } from '../storage/database'
import type { IdentityProvider } from './identities'
import { seal, unseal } from './sealing'

export const HANDOFF_TTL_MS = 60_000

const hashOf = (value: string) => createHash('sha256').update(value).digest('hex')

export interface Handoff {
  userId: string
  provider: IdentityProvider
  idToken: string
}

export async function createHandoff(db: Queryable, clock: Clock, handoff: Handoff): Promise<string> {
  const code = randomBytes(32).toString('base64url')
  await db.query('DELETE FROM session_handoffs WHERE expires_at <= $1', [isoNow(clock)])
  await db.query(
    `INSERT INTO session_handoffs (code_hash, user_id, provider, id_token_sealed, expires_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [
      hashOf(code),
      handoff.userId,
      handoff.provider,
      seal(handoff.idToken, code),
      new Date(clock.now() + HANDOFF_TTL_MS).toISOString(),
    ],
  )
  return code
}

/** The sign-in behind a code, which stops working now; null when unknown, used or expired. */
export async function takeHandoff(db: Queryable, clock: Clock, code: string): Promise<Handoff | null> {
  const [row] = await db.query<{
    user_id: string
    provider: IdentityProvider
    id_token_sealed: string
    expires_at: Date | string
  }>('DELETE FROM session_handoffs WHERE code_hash = $1 RETURNING user_id, provider, id_token_sealed, expires_at', [
    hashOf(code),
  ])
  if (!row || new Date(row.expires_at).getTime() <= clock.now()) return null
  const idToken = unseal(row.id_token_sealed, code)
  return idToken === null ? null : { userId: row.user_id, provider: row.provider, idToken }
}

export async function keepIdToken(
  db: Queryable,
  clock: Clock,
  session: { token: string; expiresAt: string },
  provider: IdentityProvider,
  idToken: string,
): Promise<void> {
  await db.query('DELETE FROM oidc_sessions WHERE expires_at <= $1', [isoNow(clock)])
  await db.query(
    'INSERT INTO oidc_sessions (token_hash, provider, id_token_sealed, expires_at) VALUES ($1, $2, $3, $4)',
    [hashOf(session.token), provider, seal(idToken, session.token), session.expiresAt],
  )
}

/** The ID token a session began with (and forgets it); null for a password session. */
export async function takeIdToken(
  db: Queryable,
  token: string,
): Promise<{ provider: IdentityProvider; idToken: string } | null> {
  const [row] = await db.query<{ provider: IdentityProvider; id_token_sealed: string }>(
    'DELETE FROM oidc_sessions WHERE token_hash = $1 RETURNING provider, id_token_sealed',
    [hashOf(token)],
  )
  const idToken = row ? unseal(row.id_token_sealed, token) : null
  return row && idToken !== null ? { provider: row.provider, idToken } : null
}
