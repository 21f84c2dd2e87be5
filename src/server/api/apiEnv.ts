// The Hono environment of the API: the Node request underneath (for the client's address).
import type { IncomingMessage } from 'node:http'

export interface ApiEnv {
  Bindings: { incoming?: IncomingMessage }
}
