// The proxy Firefox and WebKit are given for every host but loopback: it listens on loopback and refuses all,
// so a name is never resolved and nothing a page or the browser itself asks for leaves the machine.
import net from 'node:net'
import type { AddressInfo } from 'node:net'

export interface NowhereProxy {
  /** `127.0.0.1:<port>`, as proxy settings take it. */
  readonly address: string
  readonly port: number
  /** The first line of each request refused ("CONNECT host:443 …"), for a failing test to print. */
  readonly refused: string[]
  close(): Promise<void>
}

const REFUSAL = 'HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'

export async function startNowhereProxy(): Promise<NowhereProxy> {
  const refused: string[] = []
  const open = new Set<net.Socket>()
  const proxy = net.createServer((socket) => {
    open.add(socket)
    socket.on('close', () => open.delete(socket))
    socket.on('error', () => undefined)
    socket.once('data', (request) => {
      if (refused.length < 100) refused.push(request.toString('latin1').split('\r\n')[0] ?? '')
      socket.end(REFUSAL)
    })
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  const { port } = proxy.address() as AddressInfo
  return {
    address: `127.0.0.1:${port}`,
    port,
    refused,
    close() {
      for (const socket of open) socket.destroy()
      return new Promise<void>((resolve) => proxy.close(() => resolve()))
    },
  }
}
