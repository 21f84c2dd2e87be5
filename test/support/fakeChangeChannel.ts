// A change channel server the test writes for: each request gets an event stream the test sends into
// (or the refusal it queued), for the browser's end of the channel without a real server.
import { vi } from 'vitest'
import type { ChangeNotice } from '../../src/protocol/changeChannel'

export const READY = 'event: ready\ndata: {}\n\n'
export const change = (notice: ChangeNotice) => `event: change\ndata: ${JSON.stringify(notice)}\n\n`

export interface OpenedChannel {
  headers: Record<string, string>
  send(text: string): void
  end(): void
}

/** A server whose answers the test writes: each request gets an event stream unless `refuseNext` says otherwise. */
export function aChannelServer() {
  const opened: OpenedChannel[] = []
  const refusals: Response[] = []
  const encoder = new TextEncoder()
  /** The answer to one request: the refusal queued first, or a stream the test writes into. */
  const answer = (init?: RequestInit): Response => {
    const refusal = refusals.shift()
    if (refusal) return refusal
    let controller!: ReadableStreamDefaultController<Uint8Array>
    const body = new ReadableStream<Uint8Array>({ start: (started) => void (controller = started) })
    init?.signal?.addEventListener('abort', () => controller.error(new DOMException('stopped', 'AbortError')))
    opened.push({
      headers: init?.headers as Record<string, string>,
      send: (text) => controller.enqueue(encoder.encode(text)),
      end: () => controller.close(),
    })
    return new Response(body, { headers: { 'content-type': 'text/event-stream' } })
  }
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => answer(init))
  return {
    fetch,
    answer,
    opened,
    /** The channel opened last, once it has been. */
    latest: () => vi.waitFor(() => opened.at(-1) ?? Promise.reject(new Error('not opened yet'))),
    refuseNext: (response: Response) => refusals.push(response),
  }
}
