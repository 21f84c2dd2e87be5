// The HTTP listener. It answers through whichever app is current (probes and "starting" until the
// server is ready), and drains on shutdown: it stops taking connections at once, lets the requests in
// flight finish within a time limit, and cuts whatever is left when the limit is reached.
import type { AddressInfo, Socket } from 'node:net'
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
  const sockets = new Set<Socket>()
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  /**
   * Closes every connection not answering a request: idle keep-alive ones (kept 65 s, see httpLimits.ts) and
   * those that never sent one (a browser's preconnect), which Node's closeIdleConnections leaves open.
   */
  const closeQuiet = () => {
    if ('closeIdleConnections' in server) server.closeIdleConnections()
    for (const socket of sockets) if (!(socket as Socket & { _httpMessage?: unknown })._httpMessage) socket.destroy()
  }
  return {
    port: (server.address() as AddressInfo).port,
    answerWith(app) {
      current = app
    },
    async drain(graceMs) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      if (!('closeIdleConnections' in server)) return closed
      // A keep-alive connection goes idle, not closed, once its request is answered: close it then.
      closeQuiet()
      const sweep = setInterval(closeQuiet, SWEEP_MS)
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
