// Signing in through a provider, the JSON side: which ways are on, trading the callback's one-time
// code for a session, and signing out with the provider's end-session address.
import { AuthMethodsResponse, SessionExchangeRequest, SessionResponse, SignOutResponse } from '../../../protocol'
import { endSession, issueSession } from '../../auth/sessions'
import { findUserById } from '../../accounts/accountStore'
import { keepSignInProvider, takeHandoff, takeSignInProvider } from '../../oidc/handoffs'
import { authMethods } from '../../oidc/signInServices'
import { ApiError } from '../apiError'
import { defineRoute } from '../route'

export const getAuthMethods = defineRoute({
  name: 'getAuthMethods',
  method: 'get',
  path: '/auth/methods',
  summary: 'Which ways of signing in are on: ID-porten, the staff provider, the demo password',
  access: 'anyone',
  response: AuthMethodsResponse,
  async handle({ deps }) {
    return authMethods(deps.signIn)
  },
})

export const exchangeSession = defineRoute({
  name: 'exchangeSession',
  method: 'post',
  path: '/session/exchange',
  summary: 'Trade the one-time code from a provider sign-in (`/sign-in/complete?code=…`) for a bearer token',
  access: 'anyone',
  body: SessionExchangeRequest,
  response: SessionResponse,
  errors: ['unauthorized'],
  async handle({ body, deps }) {
    const { db, clock } = deps
    const handoff = await takeHandoff(db, clock, body.code)
    const user = handoff ? await findUserById(db, handoff.userId) : null
    if (!handoff || !user)
      throw new ApiError('unauthorized', 'The sign-in code is unknown, used or expired: sign in again')
    const session = await issueSession(db, user.id, clock)
    await keepSignInProvider(db, clock, session, handoff.provider)
    return { ...session, user }
  },
})

export const signOutEverywhere = defineRoute({
  name: 'signOut',
  method: 'post',
  path: '/auth/sign-out',
  summary: "Sign out: the token stops working; answers where to send the browser to end the provider's session",
  access: 'signedIn',
  response: SignOutResponse,
  async handle({ deps, token }) {
    if (!token) return { endSessionUrl: null }
    const kept = await takeSignInProvider(deps.db, token)
    await endSession(deps.db, token)
    const provider = kept ? deps.signIn?.providers[kept] : undefined
    if (!provider || !deps.signIn) return { endSessionUrl: null }
    try {
      const url = await provider.relyingParty.endSessionUrl(`${deps.signIn.appOrigin()}${provider.signInPage}`)
      return { endSessionUrl: url?.href ?? null }
    } catch {
      // The provider is out of reach: the session here has ended all the same.
      return { endSessionUrl: null }
    }
  },
})
