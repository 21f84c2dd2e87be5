// The session kept on the device, as the first screen reads it: whether someone is signed in, and until when.
import type { PusteromDatabase } from '../db/database'
import type { Clock } from '../../domain/clock'
import type { User } from '../../protocol'
import { signInStartPath } from '../../protocol/routes/signInRedirectRoutes'

export const SESSION_KEY = 'session'

export interface StoredSession {
  token: string
  expiresAt: string
  user: User
}

export async function readSession(db: PusteromDatabase): Promise<StoredSession | null> {
  return ((await db.meta.get(SESSION_KEY))?.value as StoredSession | undefined) ?? null
}

/** Whether the session on the device has run out by the clock: the data stays, sign-in is asked for. */
export function sessionHasExpired(session: StoredSession, clock: Clock): boolean {
  return Date.parse(session.expiresAt) <= clock.now()
}

/**
 * Where the browser goes to sign in with ID-porten: a navigation, not a fetch, as the provider's pages
 * follow. Built from the route's descriptor, which carries no schemas, so the first screen loads none.
 */
export function idportenSignInPath(locale: string): string {
  return signInStartPath('idporten', locale)
}
