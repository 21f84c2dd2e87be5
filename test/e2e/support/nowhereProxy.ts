// The proxy Firefox and WebKit are given for every host but loopback: it listens on loopback and refuses all,
// so a name is never resolved and nothing a page or the browser itself asks for leaves the machine.
import net from 'node:net'
import type { AddressInfo } from 'node:net'

export interface NowhereProxy {
  /** `127.0.0.1:<port>`, as proxy settings take it. */
  readonly address: string
  readonly port: number
  close(): Promise<void>
}

const REFUSAL = 'HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'

export async function startNowhereProxy(): Promise<NowhereProxy> {
  const open = new Set<net.Socket>()
  const proxy = net.createServer((socket) => {
    open.add(socket)
    socket.on('close', () => open.delete(socket))
    socket.on('error', () => undefined)
    socket.once('data', () => socket.end(REFUSAL))
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  const { port } = proxy.address() as AddressInfo
  return {
    address: `127.0.0.1:${port}`,
    port,
    close() {
      for (const socket of open) socket.destroy()
      return new Promise<void>((resolve) => proxy.close(() => resolve()))
    },
  }
}
