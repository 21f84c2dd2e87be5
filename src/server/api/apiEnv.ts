// The Hono environment of the API: what the authentication middleware leaves for the routes.
import type { IncomingMessage } from 'node:http'
import type { Principal } from '../auth/principal'

export interface ApiEnv {
  Bindings: { incoming?: IncomingMessage }
  Variables: {
    principal: Principal | null
    /** The bearer token, kept only when it stands for a live session. */
    token: string | null
    /** Whether the request carried an Authorization header at all (to say "sign in" or "sign in again"). */
    presentedToken: boolean
  }
}
