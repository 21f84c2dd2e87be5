// Signing in with a username and password (demo accounts, demo mode only) and signing out.
import { SessionRequest, SessionResponse } from '../../../protocol'
import { findUserByUsername } from '../../accounts/accountStore'
import { attemptFailed, attemptSucceeded, reserveAttempt } from '../../auth/loginThrottle'
import { decoyHash, verifyPassword } from '../../auth/passwords'
import { endSession, issueSession } from '../../auth/sessions'
import { ApiError } from '../apiError'
import { defineRoute } from '../route'

export const createSession = defineRoute({
  name: 'createSession',
  method: 'post',
  path: '/session',
  summary: 'Sign in with a username and password; answers a bearer token',
  access: 'anyone',
  body: SessionRequest,
  response: SessionResponse,
  errors: ['unauthorized', 'not_found', 'rate_limited'],
  async handle({ body, deps, clientAddress }) {
    const { db, clock } = deps
    // Outside demo mode people sign in through ID-porten or the municipality's own provider only.
    if (deps.signIn?.passwordLogin === false)
      throw new ApiError('not_found', 'Password sign-in is off here: sign in with ID-porten')
    const reservation = await reserveAttempt(db, body.username, clientAddress, clock)
    if (!reservation.allowed)
      throw new ApiError(
        'rate_limited',
        'Too many failed sign-ins: wait and try again',
        undefined,
        reservation.retryAfterSeconds,
      )
    const user = await findUserByUsername(db, body.username)
    // An unknown user costs the same hashing as a known one, so timing does not tell which usernames exist.
    const matches = await verifyPassword(body.password, user?.password_hash ?? (await decoyHash()))
    if (!user || !user.password_hash || !matches) {
      await attemptFailed(db, clock)
      throw new ApiError('unauthorized', 'Wrong username or password')
    }
    await attemptSucceeded(db, reservation.attempt)
    const session = await issueSession(db, user.id, clock)
    return {
      ...session,
      user: {
        id: user.id,
        name: user.name,
        role: user.role,
        householdId: user.household_id,
        municipalityId: user.municipality_id,
      },
    }
  },
})

export const deleteSession = defineRoute({
  name: 'deleteSession',
  method: 'delete',
  path: '/session',
  summary: 'Sign out: the token stops working',
  access: 'signedIn',
  response: null,
  status: 204,
  async handle({ deps, token }) {
    if (token) await endSession(deps.db, token)
  },
})
