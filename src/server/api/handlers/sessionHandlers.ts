// Signing in with a username and password (demo accounts, demo mode only) and signing out.
import { sessionRoutes } from '../../../protocol/routes/sessionRoutes'
import { findUserByUsername } from '../../accounts/accountStore'
import { attemptFailed, attemptSucceeded, reserveAttempt } from '../../auth/loginThrottle'
import { decoyHash, verifyPassword } from '../../auth/passwords'
import { endSession, issueSession } from '../../auth/sessions'
import { ApiError } from '../../errors/apiError'
import { attach } from '../route'

export const sessionHandlers = attach(sessionRoutes, {
  async createSession({ body, deps, clientAddress }) {
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

  async deleteSession({ deps, token }) {
    if (token) await endSession(deps.db, token)
  },
})
