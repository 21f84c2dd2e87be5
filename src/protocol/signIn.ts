// Signing in through an OpenID provider (ID-porten for families, the municipality's own for staff):
// which ways are on, the one-time code the app trades for a session, and why a sign-in failed.
import { z } from 'zod'
import { Text, Url } from './primitives'

export const AuthMethodsResponse = z.object({
  /** "Logg inn med ID-porten": the families' way in. */
  idporten: z.boolean(),
  /** The municipality's own identity provider, for staff. */
  staff: z.boolean(),
  /** Username and password: demo mode only. */
  password: z.boolean(),
})
export type AuthMethodsResponse = z.infer<typeof AuthMethodsResponse>

/** The code the server put in `/sign-in/complete?code=…`: good once, for a minute. */
export const SessionExchangeRequest = z.strictObject({ code: Text.min(20).max(200) })

export const SignOutResponse = z.object({
  /** Where to send the browser so the provider ends its session too; null when the session did not come from one. */
  endSessionUrl: Url.nullable(),
})
export type SignOutResponse = z.infer<typeof SignOutResponse>

/** Why a sign-in through a provider ended on the sign-in page: the `error` of `/sign-in?error=…`. */
export const SignInFailure = z.enum([
  /** The person stopped at the provider's page. */
  'cancelled',
  /** Too slow, used twice, or not begun here: start again. */
  'expired',
  /** The provider's answer did not hold up (issuer, signature, expiry, nonce, PKCE, level of assurance). */
  'failed',
  /** A real person, but the municipality has not given them access (no provisioned caregiver or staff account). */
  'notProvisioned',
  /** The provider could not be reached. */
  'unavailable',
])
export type SignInFailure = z.infer<typeof SignInFailure>
