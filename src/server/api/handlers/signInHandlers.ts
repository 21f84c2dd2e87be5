// Signing in through a provider, the JSON side: which ways are on, trading the callback's one-time
// code for a session, and signing out with the provider's end-session address.
import { signInRoutes } from '../../../protocol/routes/sessionRoutes'
import { findUserById } from '../../accounts/accountStore'
import { endSession, issueSession } from '../../auth/sessions'
import { ApiError } from '../../errors/apiError'
import { keepSignInProvider, takeHandoff, takeSignInProvider } from '../../oidc/handoffs'
import { authMethods } from '../../oidc/signInServices'
import { attach } from '../route'

export const signInHandlers = attach(signInRoutes, {
  async getAuthMethods({ deps }) {
    return authMethods(deps.signIn)
  },

  async exchangeSession({ body, deps }) {
    const { db, clock } = deps
    const handoff = await takeHandoff(db, clock, body.code)
    const user = handoff ? await findUserById(db, handoff.userId) : null
    if (!handoff || !user)
      throw new ApiError('unauthorized', 'The sign-in code is unknown, used or expired: sign in again')
    const session = await issueSession(db, user.id, clock)
    await keepSignInProvider(db, clock, session, handoff.provider)
    return { ...session, user }
  },

  async signOut({ deps, token }) {
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
