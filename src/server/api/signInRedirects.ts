// The browser's two steps of a sign-in through a provider (src/protocol/routes/signInRedirectRoutes.ts),
// outside the JSON route table because they answer with redirects: `start` sends the browser to the
// provider, `callback` checks its answer and hands the app a one-time code (`<sign-in page>/complete?code=…`).
// Every failure lands on the sign-in page with a reason the app words (`?error=…`), never on an error page.
import { Hono, type Context } from 'hono'
import { AuthorizationResponseError, ClientError, ResponseBodyError } from 'openid-client'
import type { SignInFailure } from '../../protocol'
import { apiPath } from '../../protocol/routes/routePath'
import { signInRedirectRoutes } from '../../protocol/routes/signInRedirectRoutes'
import { notFound } from '../errors/apiError'
import { bindToBrowser, browserSecret } from '../oidc/browserBinding'
import { createHandoff } from '../oidc/handoffs'
import type { IdentityProvider } from '../oidc/identities'
import { saveLogin, takeLogin } from '../oidc/loginStates'
import type { SignInProvider } from '../oidc/signInProviders'
import type { SignInServices } from '../oidc/signInServices'
import { respondWithError } from './errorHandler'
import type { ApiDeps } from './route'

const UI_LOCALES = new Set(['nb', 'nn', 'en'])

function providerOf(services: SignInServices, name: string): SignInProvider | undefined {
  return name === 'idporten' || name === 'staff' ? services.providers[name as IdentityProvider] : undefined
}

function failed(c: Context, provider: SignInProvider, failure: SignInFailure): Response {
  c.header('Cache-Control', 'no-store')
  return c.redirect(`${provider.signInPage}?error=${failure}`, 303)
}

/** What went wrong, in the family's terms; the log gets only the error's class, never tokens or claims. */
function failureOf(error: unknown): SignInFailure {
  if (error instanceof AuthorizationResponseError)
    return error.error === 'access_denied' || error.error === 'login_required' ? 'cancelled' : 'failed'
  if (error instanceof ResponseBodyError || error instanceof ClientError) return 'failed'
  // fetch says the network could not be used with a TypeError (openid-client's own carry an ERR_ code).
  if (error instanceof TypeError && !('code' in error)) return 'unavailable'
  return 'failed'
}

export function signInRedirects(deps: ApiDeps, services: SignInServices): Hono {
  const routes = new Hono()
  const { startSignIn, finishSignIn } = signInRedirectRoutes
  const callbackUri = (provider: SignInProvider) =>
    `${services.appOrigin()}${apiPath(finishSignIn, { provider: provider.name })}`

  routes.get(startSignIn.path, async (c) => {
    const provider = providerOf(services, c.req.param('provider'))
    if (!provider) return respondWithError(c, notFound())
    const locale = c.req.query('locale')
    try {
      const redirectUri = callbackUri(provider)
      const extra: Record<string, string> = locale && UI_LOCALES.has(locale) ? { ui_locales: locale } : {}
      const authorization = await provider.relyingParty.authorize(redirectUri, extra)
      const browser = bindToBrowser(c, provider.name, services.appOrigin())
      await saveLogin(deps.db, deps.clock, { provider: provider.name, redirectUri, browser, ...authorization })
      c.header('Cache-Control', 'no-store')
      return c.redirect(authorization.url.href, 303)
    } catch (error) {
      deps.log(`sign-in: ${provider.name} start failed: ${error instanceof Error ? error.name : typeof error}`)
      return failed(c, provider, 'unavailable')
    }
  })

  routes.get(finishSignIn.path, async (c) => {
    const provider = providerOf(services, c.req.param('provider'))
    if (!provider) return respondWithError(c, notFound())
    const state = c.req.query('state')
    // Only in the browser that began it: a callback address opened anywhere else signs no one in.
    const browser = browserSecret(c, provider.name, services.appOrigin())
    const login =
      state && browser && state.length <= 200
        ? await takeLogin(deps.db, deps.clock, provider.name, state, browser)
        : null
    if (!login) return failed(c, provider, 'expired')
    try {
      // The URL as registered with the provider (not as a proxy in front may have rewritten it), with its answer.
      const callbackUrl = new URL(login.redirectUri)
      callbackUrl.search = new URL(c.req.url).search
      const verified = await provider.relyingParty.finish(callbackUrl, login)
      const found = await provider.userOf(deps.db, verified)
      if ('failure' in found) return failed(c, provider, found.failure)
      const code = await createHandoff(deps.db, deps.clock, { userId: found.userId, provider: provider.name })
      c.header('Cache-Control', 'no-store')
      return c.redirect(`${provider.signInPage}/complete?code=${code}`, 303)
    } catch (error) {
      deps.log(`sign-in: ${provider.name} callback refused: ${error instanceof Error ? error.name : typeof error}`)
      return failed(c, provider, failureOf(error))
    }
  })
  return routes
}
