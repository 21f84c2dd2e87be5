// Drives a sign-in through a local stand-in provider as a browser would, up to the provider's redirect
// back to the app's callback, which the test then follows, alters or replays.
import { API_PREFIX } from '../../../../src/protocol'
import { formAction, ProviderBrowser, type Hop } from './providerBrowser'

export interface ProviderSignIn {
  browser: ProviderBrowser
  /** The callback address with the provider's answer (code, state, iss), not yet visited. */
  callbackUrl: string
}

export async function reachCallback(
  appUrl: string,
  options: {
    provider?: 'idporten' | 'staff'
    /** The `sub` the stand-in's form sends for the chosen person. */
    person: string
    acr?: string
    choice?: 'login' | 'cancel'
    browser?: ProviderBrowser
  },
): Promise<ProviderSignIn> {
  const provider = options.provider ?? 'idporten'
  const browser = options.browser ?? new ProviderBrowser()
  const callback = `${appUrl}${API_PREFIX}/auth/${provider}/callback`
  const atCallback = (url: string) => url.startsWith(callback)
  let hop: Hop = await browser.follow(`${appUrl}${API_PREFIX}/auth/${provider}/start`, atCallback)
  if (!hop.location) {
    const form: Record<string, string> = { person: options.person, choice: options.choice ?? 'login' }
    if (options.acr) form.acr = options.acr
    const posted = await browser.request(formAction(hop), { form })
    hop = posted.location ? await browser.follow(posted.location, atCallback) : posted
    if (!hop.location && !atCallback(posted.location ?? '')) throw new Error(`the provider stopped at ${hop.url}`)
  }
  const callbackUrl = hop.location && atCallback(hop.location) ? hop.location : hop.url
  if (!atCallback(callbackUrl)) throw new Error(`did not come back to the app: ${callbackUrl}`)
  return { browser, callbackUrl }
}

/** Where the app's callback sends the browser: `/sign-in/complete?code=…` or `/sign-in?error=…`. */
export async function visitCallback(signIn: ProviderSignIn): Promise<URL> {
  const hop = await signIn.browser.request(signIn.callbackUrl)
  if (hop.status !== 303 || !hop.location) throw new Error(`the callback answered ${hop.status}: ${hop.body}`)
  return new URL(hop.location)
}

/** Follows a provider's end-session address as the stand-in's page does (it confirms by itself); answers where it lands. */
export async function followSignOut(browser: ProviderBrowser, endSessionUrl: string): Promise<URL> {
  const page = await browser.request(endSessionUrl)
  const action = /<form[^>]*action="([^"]+)"/.exec(page.body)?.[1]
  const xsrf = /name="xsrf" value="([^"]+)"/.exec(page.body)?.[1]
  if (!action || !xsrf) throw new Error(`no sign-out form at ${endSessionUrl} (status ${page.status}): ${page.body}`)
  const confirmed = await browser.request(new URL(action.replace(/&#38;/g, '&'), endSessionUrl).href, {
    form: { xsrf, logout: 'yes' },
  })
  return new URL(confirmed.location ?? confirmed.url)
}
