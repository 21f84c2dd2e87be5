// Ties a sign-in to the browser that began it: a random secret in a short-lived cookie (HttpOnly,
// SameSite=Lax so the provider's redirect back carries it, sent only to that provider's callback, Secure
// when the app is served over https) that the callback must show. The database keeps only its hash.
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { randomBytes } from 'node:crypto'
import { apiPath } from '../../protocol/routes/routePath'
import { signInRedirectRoutes } from '../../protocol/routes/signInRedirectRoutes'
import type { IdentityProvider } from './identities'
import { LOGIN_TTL_MS } from './loginStates'

const COOKIE = 'pusterom_sign_in'

function cookieOptions(provider: IdentityProvider, appOrigin: string) {
  return {
    path: apiPath(signInRedirectRoutes.finishSignIn, { provider }),
    httpOnly: true,
    sameSite: 'Lax',
    secure: appOrigin.startsWith('https:'),
  } as const
}

/** Gives the browser its secret for this sign-in, and answers it to be kept (as a hash) with the sign-in. */
export function bindToBrowser(c: Context, provider: IdentityProvider, appOrigin: string): string {
  const secret = randomBytes(32).toString('base64url')
  setCookie(c, COOKIE, secret, { ...cookieOptions(provider, appOrigin), maxAge: LOGIN_TTL_MS / 1000 })
  return secret
}

/** The secret this browser shows at the callback (and forgets now); null without one. */
export function browserSecret(c: Context, provider: IdentityProvider, appOrigin: string): string | null {
  const secret = getCookie(c, COOKIE)
  if (secret !== undefined) deleteCookie(c, COOKIE, cookieOptions(provider, appOrigin))
  return secret && /^[A-Za-z0-9_-]{43}$/.test(secret) ? secret : null
}
