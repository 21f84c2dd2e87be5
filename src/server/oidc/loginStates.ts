// A sign-in under way, kept in the database by its state (several server processes may answer the
// start and the callback): its nonce, PKCE verifier and redirect URI, good once, for ten minutes, and
// only in the browser that began it (the hash of the secret in its cookie, browserBinding.ts).
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
  /** The secret the beginning browser was given. */
  browser: string
}

const hashOf = (value: string) => createHash('sha256').update(value).digest('hex')

export async function saveLogin(db: Queryable, clock: Clock, login: PendingLogin): Promise<void> {
  // Sign-ins that were never finished go when new ones start, so the table does not grow without end.
  await db.query('DELETE FROM oidc_logins WHERE expires_at <= $1', [isoNow(clock)])
  await db.query(
    `INSERT INTO oidc_logins (state_hash, provider, nonce, code_verifier, redirect_uri, expires_at, browser_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      hashOf(login.state),
      login.provider,
      login.nonce,
      login.codeVerifier,
      login.redirectUri,
      new Date(clock.now() + LOGIN_TTL_MS).toISOString(),
      hashOf(login.browser),
    ],
  )
}

/**
 * The sign-in this state began in this browser, removed so it cannot be finished twice; null when unknown,
 * used, expired or begun in another browser (which may still finish it).
 */
export async function takeLogin(
  db: Queryable,
  clock: Clock,
  provider: IdentityProvider,
  state: string,
  browser: string,
): Promise<PendingLogin | null> {
  const [row] = await db.query<{
    nonce: string
    code_verifier: string
    redirect_uri: string
    expires_at: Date | string
  }>(
    `DELETE FROM oidc_logins WHERE state_hash = $1 AND provider = $2 AND browser_hash = $3
     RETURNING nonce, code_verifier, redirect_uri, expires_at`,
    [hashOf(state), provider, hashOf(browser)],
  )
  if (!row || new Date(row.expires_at).getTime() <= clock.now()) return null
  const { nonce, code_verifier: codeVerifier, redirect_uri: redirectUri } = row
  return { provider, state, nonce, codeVerifier, redirectUri, browser }
}
