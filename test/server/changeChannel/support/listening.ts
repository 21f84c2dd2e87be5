// A change channel opened the way the app and the console open it (fetch with the bearer token), with
// what it hears queued for the test to take one at a time.
import { ChangeNotice } from '../../../../src/protocol'
import { apiPath, changeChannelRoutes } from '../../../../src/protocol/routes'
import { eventStreamParser } from '../../../../src/protocol/eventStreamParser'

export type Heard = { event: 'ready' } | { event: 'change'; notice: ChangeNotice } | { event: 'heartbeat' }

export interface Listening {
  status: number
  /** The answer's body when the channel was refused. */
  refusal: string
  headers: Headers
  /** What it hears next (waiting for it); fails once the server has closed the channel. */
  next(): Promise<Heard>
  /** Resolves when the server closes the channel. */
  ended: Promise<void>
  close(): void
}

export async function listen(baseUrl: string, token: string | null): Promise<Listening> {
  const controller = new AbortController()
  const response = await fetch(`${baseUrl}${apiPath(changeChannelRoutes.listenForChanges, {})}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: controller.signal,
  })
  const heard: Heard[] = []
  const waiting: Array<{ resolve: (item: Heard) => void; reject: (error: Error) => void }> = []
  let over = false
  const hear = (item: Heard) => {
    const waiter = waiting.shift()
    if (waiter) waiter.resolve(item)
    else heard.push(item)
  }
  const feed = eventStreamParser(
    (event) =>
      hear(
        event.event === 'change'
          ? { event: 'change', notice: ChangeNotice.parse(JSON.parse(event.data)) }
          : { event: 'ready' },
      ),
    () => hear({ event: 'heartbeat' }),
  )
  const refusal = response.ok ? '' : await response.text()
  const ended = (async () => {
    if (!response.ok || !response.body) return
    const decoder = new TextDecoder()
    try {
      for await (const chunk of response.body) feed(decoder.decode(chunk as Uint8Array, { stream: true }))
    } catch {
      // closed by the test
    }
  })().finally(() => {
    over = true
    for (const waiter of waiting.splice(0)) waiter.reject(new Error('the channel was closed'))
  })
  return {
    status: response.status,
    refusal,
    headers: response.headers,
    next() {
      const item = heard.shift()
      if (item) return Promise.resolve(item)
      if (over) return Promise.reject(new Error('the channel was closed'))
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }))
    },
    ended,
    close: () => controller.abort(),
  }
}
