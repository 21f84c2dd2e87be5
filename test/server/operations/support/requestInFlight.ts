// A request held in flight on a raw loopback socket: its headers are sent and read by the server (it
// answered "100 Continue"), its body not yet. What a slow upload looks like to a server that is stopping.
import { connect, type Socket } from 'node:net'

export interface RawResponse {
  status: number
  headers: Record<string, string>
  body: string
}

export interface RequestInFlight {
  /** Sends the rest of the body and reads the whole answer. */
  finish(): Promise<RawResponse>
  /** Resolves when the server closes the connection. */
  closed: Promise<void>
}

function parse(raw: string): RawResponse {
  const [head = '', body = ''] = raw.split('\r\n\r\n', 2)
  const [statusLine = '', ...headerLines] = head.split('\r\n')
  const headers = Object.fromEntries(
    headerLines.map((line) => [
      line.slice(0, line.indexOf(':')).toLowerCase(),
      line.slice(line.indexOf(':') + 1).trim(),
    ]),
  )
  return { status: Number(statusLine.split(' ')[1]), headers, body }
}

export async function aRequestInFlight(url: string, path: string, body: string): Promise<RequestInFlight> {
  const { hostname, port } = new URL(url)
  const socket: Socket = connect(Number(port), hostname)
  let received = ''
  socket.setEncoding('utf8')
  socket.on('data', (chunk: string) => (received += chunk))
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject))
  socket.write(
    `POST ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n`,
  )
  await new Promise<void>((resolve, reject) => {
    const look = () => {
      if (!received.startsWith('HTTP/1.1 100')) return
      socket.off('data', look)
      received = received.slice(received.indexOf('\r\n\r\n') + 4)
      resolve()
    }
    socket.on('data', look)
    void closed.then(() => reject(new Error('the server closed the connection before reading the request')))
  })
  return {
    closed,
    async finish() {
      socket.write(body)
      await closed
      return parse(received)
    },
  }
}

/** Whether the address still takes connections. */
export function takesConnections(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname)
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}
