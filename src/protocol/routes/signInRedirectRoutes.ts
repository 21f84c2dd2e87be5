// Signing in through a provider, the browser's two steps: answered with redirects, not JSON, so they are
// navigations (never fetched) and stand outside the OpenAPI document. No schemas and no summaries: the
// sign-in page builds its link from here on the first screen, where every byte counts.
import type { RedirectDescriptor } from './route'
import { apiPath } from './routePath'

// Spelled out rather than made by describeRoutes, and each its own constant, so the first screen loads no
// more than the one it links to.
/** Sends the browser to the provider's sign-in (`:provider` is idporten or staff), its pages in `?locale=`. */
const startSignIn = { name: 'startSignIn', method: 'get', path: '/auth/:provider/start', access: 'anyone' } as const
/** The provider's answer: on to `<sign-in page>/complete?code=…`, or back to the sign-in page with `?error=…`. */
const finishSignIn = {
  name: 'finishSignIn',
  method: 'get',
  path: '/auth/:provider/callback',
  access: 'anyone',
} as const

export const signInRedirectRoutes = { startSignIn, finishSignIn } satisfies Record<string, RedirectDescriptor>

/** The providers a browser signs in through: ID-porten for families, the municipality's own for staff. */
export type SignInProviderName = 'idporten' | 'staff'

/** Where the browser goes to sign in through `provider`, its pages in `locale`. */
export function signInStartPath(provider: SignInProviderName, locale: string): string {
  return `${apiPath(startSignIn, { provider })}?locale=${encodeURIComponent(locale)}`
}
