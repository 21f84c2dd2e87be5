// A sign-in under way, kept in the database by its state (several server processes may answer the
// start and the callback): its nonce, PKCE verifier and redirect URI, good once and for ten minutes.
import { createHash } from 'node:crypto'
import { isoNow, type Clock } from '../../domain/clock'
import type { Queryable } from '../storage/database'
import type { IdentityProvider } from './identities'

export const LOGIN_TTL_MS = 10 * 60_000

export interface PendingLogin {
  provider: IdentityProvider
  state: string
  nonce: string
  codeVerifier: string
  redirectUri: string
}

const hashOf = (value: string) => createHash('sha256').update(value).digest('hex')

export async function saveLogin(db: Queryable, clock: Clock, login: PendingLogin): Promise<void> {
  // Sign-ins that were never finished go when new ones start, so the table does not grow without end.
  await db.query('DELETE FROM oidc_logins WHERE expires_at <= $1', [isoNow(clock)])
  await db.query(
    `INSERT INTO oidc_logins (state_hash, provider, nonce, code_verifier, redirect_uri, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      hashOf(login.state),
      login.provider,
      login.nonce,
      login.codeVerifier,
      login.redirectUri,
      new Date(clock.now() + LOGIN_TTL_MS).toISOString(),
    ],
  )
}

/** The sign-in this state began, removed so it cannot be finished twice; null when unknown, used or expired. */
export async function takeLogin(
  db: Queryable,
  clock: Clock,
  provider: IdentityProvider,
  state: string,
): Promise<PendingLogin | null> {
  const [row] = await db.query<{
    nonce: string
    code_verifier: string
    redirect_uri: string
    expires_at: Date | string
  }>(
    'DELETE FROM oidc_logins WHERE state_hash = $1 AND provider = $2 RETURNING nonce, code_verifier, redirect_uri, expires_at',
    [hashOf(state), provider],
  )
  if (!row || new Date(row.expires_at).getTime() <= clock.now()) return null
  return { provider, state, nonce: row.nonce, codeVerifier: row.code_verifier, redirectUri: row.redirect_uri }
}
