// Signing in and out: with a username and password (demo accounts, demo mode only), and the JSON side
// of a provider's sign-in (which ways are on, trading the callback's one-time code, signing out).
import { SessionRequest, SessionResponse } from '../api'
import { AuthMethodsResponse, SessionExchangeRequest, SignOutResponse } from '../signIn'
import { describeRoutes } from './route'

export const sessionRoutes = describeRoutes({
  createSession: {
    method: 'post',
    path: '/session',
    summary: 'Sign in with a username and password; answers a bearer token',
    access: 'anyone',
    body: SessionRequest,
    response: SessionResponse,
    errors: ['unauthorized', 'not_found', 'rate_limited'],
  },
  deleteSession: {
    method: 'delete',
    path: '/session',
    summary: 'Sign out: the token stops working',
    access: 'signedIn',
    response: null,
    status: 204,
  },
})

export const signInRoutes = describeRoutes({
  getAuthMethods: {
    method: 'get',
    path: '/auth/methods',
    summary: 'Which ways of signing in are on: ID-porten, the staff provider, the demo password',
    access: 'anyone',
    response: AuthMethodsResponse,
  },
  exchangeSession: {
    method: 'post',
    path: '/session/exchange',
    summary: 'Trade the one-time code from a provider sign-in (`/sign-in/complete?code=…`) for a bearer token',
    access: 'anyone',
    body: SessionExchangeRequest,
    response: SessionResponse,
    errors: ['unauthorized'],
  },
  signOut: {
    method: 'post',
    path: '/auth/sign-out',
    summary: "Sign out: the token stops working; answers where to send the browser to end the provider's session",
    access: 'signedIn',
    response: SignOutResponse,
  },
})
