// The real server on an ephemeral loopback port, serving a given build, for one test file.
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { serve } from '@hono/node-server'
import { createApp } from '../../../src/server/app'

export interface RunningServer {
  url: string
  close(): Promise<void>
}

export async function startTestServer(options: { distDir: string }): Promise<RunningServer> {
  const app = createApp({ distDir: options.distDir })
  const server = await new Promise<Server>((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(started as Server))
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
