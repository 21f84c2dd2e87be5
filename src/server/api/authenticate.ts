// Who is asking: the bearer token of a request, and the signed-in user it stands for. Looked up per
// request in the database (never remembered in a process), by the route itself when it can do that
// in its own query.
import type { Context } from 'hono'
import type { Principal } from '../auth/principal'
import { principalOfToken } from '../auth/sessions'
import type { ApiDeps } from './route'

// The scheme's name is case-insensitive (RFC 9110, 11.1): `bearer` and `BEARER` are Bearer.
const BEARER = /^Bearer +([A-Za-z0-9_-]{20,200})$/i

export interface Credentials {
  /** A token of the right form; whether it stands for a live session is for the database to say. */
  token: string | null
  /** Whether the request carried an Authorization header at all (to say "sign in" or "sign in again"). */
  presented: boolean
}

export function credentialsOf(c: Context): Credentials {
  const header = c.req.header('authorization')
  return { token: header?.match(BEARER)?.[1] ?? null, presented: header !== undefined }
}

export function principalOf(credentials: Credentials, deps: Pick<ApiDeps, 'db' | 'clock'>): Promise<Principal | null> {
  return credentials.token ? principalOfToken(deps.db, credentials.token, deps.clock) : Promise.resolve(null)
}
