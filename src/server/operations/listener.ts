// The HTTP listener. It answers through whichever app is current (probes and "starting" until the
// server is ready), and drains on shutdown: it stops taking connections at once, lets the requests in
// flight finish within a time limit, and cuts whatever is left when the limit is reached.
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import type { Hono } from 'hono'
import { answerBrokenRequests, HTTP_LIMITS } from '../http/httpLimits'

export interface Listener {
  port: number
  /** The app that answers from now on. */
  answerWith(app: Hono): void
  drain(graceMs: number): Promise<void>
}

/** How often connections whose last request ended during the drain are looked for and closed. */
const SWEEP_MS = 100

export async function listen(host: string, port: number, first: Hono): Promise<Listener> {
  let current = first
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const fetch: Hono['fetch'] = (request, env) => current.fetch(request, env)
    const listening = serve({ fetch, hostname: host, port, serverOptions: HTTP_LIMITS }, () => resolve(listening))
    listening.once('error', reject)
    answerBrokenRequests(listening)
  })
  return {
    port: (server.address() as AddressInfo).port,
    answerWith(app) {
      current = app
    },
    async drain(graceMs) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      if (!('closeIdleConnections' in server)) return closed
      // A keep-alive connection goes idle, not closed, once its request is answered: close it then.
      server.closeIdleConnections()
      const sweep = setInterval(() => server.closeIdleConnections(), SWEEP_MS)
      const cut = setTimeout(() => server.closeAllConnections(), graceMs)
      try {
        await closed
      } finally {
        clearInterval(sweep)
        clearTimeout(cut)
      }
    },
  }
}
