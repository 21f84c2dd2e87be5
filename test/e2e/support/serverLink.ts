// A loopback relay between one phone and the server, which a test cuts to put the server out of that phone's
// reach, the same way in every engine: the browser still says it is online, and no `online` event will come.
import net from 'node:net'
import type { AddressInfo } from 'node:net'

export interface ServerLink {
  /** The app's origin as the phone reaches it: its own port, so each phone's storage is its own too. */
  readonly url: string
  /** From now on every connection is refused and those open are dropped, as when the server goes away. */
  cut(): void
  mend(): void
  close(): Promise<void>
}

export async function linkToServer(serverUrl: string): Promise<ServerLink> {
  const target = new URL(serverUrl)
  const open = new Set<net.Socket>()
  let cut = false
  const relay = net.createServer((phoneSide) => {
    if (cut) {
      phoneSide.resetAndDestroy()
      return
    }
    const serverSide = net.connect(Number(target.port), target.hostname)
    for (const socket of [phoneSide, serverSide]) {
      open.add(socket)
      socket.on('close', () => open.delete(socket))
      socket.on('error', () => undefined) // the other side is closed with it below
    }
    phoneSide.pipe(serverSide).pipe(phoneSide)
    phoneSide.on('close', () => serverSide.destroy())
    serverSide.on('close', () => phoneSide.destroy())
  })
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve))
  const { port } = relay.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    cut() {
      cut = true
      for (const socket of open) socket.destroy()
    },
    mend() {
      cut = false
    },
    async close() {
      for (const socket of open) socket.destroy()
      await new Promise<void>((resolve) => relay.close(() => resolve()))
    },
  }
}
