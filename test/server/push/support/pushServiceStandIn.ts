// A real HTTP server on loopback standing in for a browser vendor's push service: it takes what the
// sender POSTs, answers like a push service (201, or 410 for a device that unsubscribed), and keeps it.
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ReceivedPush {
  path: string
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface PushServiceStandIn {
  url: string
  received: ReceivedPush[]
  /** Answer pushes to this path with `status` from now on (410: the device unsubscribed; 303 and a Location). */
  answer(path: string, status: number, headers?: Record<string, string>): void
  /** Resolves once `count` pushes in all have arrived. */
  waitForPushes(count: number): Promise<ReceivedPush[]>
  /** Resolves once `check` holds for what has arrived (checked now and on each arrival). */
  waitUntil(check: (received: readonly ReceivedPush[]) => boolean): Promise<void>
  close(): Promise<void>
}

/** `answerAfterMs`: how long it takes to answer, as a busy push service would (so a sender can die mid-send). */
export async function startPushServiceStandIn(options: { answerAfterMs?: number } = {}): Promise<PushServiceStandIn> {
  const received: ReceivedPush[] = []
  const answerOf = new Map<string, { status: number; headers: Record<string, string> }>()
  const waiting: Array<{ count: number; resolve: (pushes: ReceivedPush[]) => void }> = []
  const watchers: Array<{ check: (received: readonly ReceivedPush[]) => boolean; resolve: () => void }> = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const path = request.url ?? '/'
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks) })
      const answer = answerOf.get(path) ?? { status: 201, headers: {} }
      const reply = () => response.writeHead(answer.status, answer.headers).end()
      if (options.answerAfterMs) setTimeout(reply, options.answerAfterMs)
      else reply()
      for (const waiter of waiting.filter((w) => received.length >= w.count)) {
        waiting.splice(waiting.indexOf(waiter), 1)
        waiter.resolve(received.slice(0, waiter.count))
      }
      for (const watcher of watchers.filter((w) => w.check(received))) {
        watchers.splice(watchers.indexOf(watcher), 1)
        watcher.resolve()
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answer: (path, status, headers = {}) => answerOf.set(path, { status, headers }),
    waitForPushes: (count) =>
      received.length >= count
        ? Promise.resolve(received.slice(0, count))
        : new Promise((resolve) => waiting.push({ count, resolve })),
    waitUntil: (check) =>
      check(received) ? Promise.resolve() : new Promise((resolve) => watchers.push({ check, resolve })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
