// A fetch around the real one that fails the way phone networks and servers fail, on demand.
export type Fault =
  /** The request never leaves the phone. */
  | 'dropRequest'
  /** The server handles the request, then the answer is lost. */
  | 'dropResponse'
  /** A 500 from something in front of the server; the server never sees the request. */
  | 'serverError'
  /** The server handles the request, then the answer is replaced by a 500. */
  | 'serverErrorAfter'
  /** No answer until the client gives up. */
  | 'hang'
  /** A wifi login page answers 200 with HTML; the server never sees the request. */
  | 'captivePortal'
  /** The server handles the request; the answer is not JSON. */
  | 'notJson'
  /** The server handles the request; the answer is cut off halfway. */
  | 'truncated'
  /** The server handles the request; the answer is JSON of another shape (another API version). */
  | 'wrongShape'
  /** The server handles the request; the answer holds a kind of record this app version does not know. */
  | 'unknownEntity'
  /** The server handles the request, then the phone hangs (the page is about to be reloaded). */
  | 'answeredThenHang'

export interface SentRequest {
  method: string
  path: string
  fault: Fault | null
}

/** `body` is the request's JSON text, so a plan can fail the requests that carry one mutation. */
export type FaultPlan = (request: { method: string; path: string; body: string | null }) => Fault | null

export class FaultyNetwork {
  readonly log: SentRequest[] = []
  plan: FaultPlan = () => null
  /** Awaited as each request is about to be sent (after the plan decided its fault). */
  onRequest: ((request: SentRequest) => void | Promise<void>) | null = null
  /** Called when the server has answered a request whose answer a fault then withholds. */
  onServerAnswered: ((request: SentRequest) => void) | null = null

  constructor(private readonly inner: typeof fetch = globalThis.fetch) {}

  /** Fails the next requests matching `path` (a substring) with the given faults, in order. */
  failNext(path: string, ...faults: (Fault | null)[]): void {
    const queue = [...faults]
    const previous = this.plan
    this.plan = (request) =>
      request.path.includes(path) && queue.length > 0 ? (queue.shift() ?? null) : previous(request)
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url)
    const method = init?.method ?? 'GET'
    const path = url.pathname + url.search
    const body = typeof init?.body === 'string' ? init.body : null
    const fault = this.plan({ method, path, body })
    const request = { method, path, fault }
    this.log.push(request)
    await this.onRequest?.(request)
    switch (fault) {
      case null:
        return this.inner(input, init)
      case 'dropRequest':
        throw new TypeError('fetch failed')
      case 'serverError':
        return jsonResponse(500, { error: { code: 'internal', message: 'Something went wrong' } })
      case 'hang':
        return untilAborted(init?.signal)
      case 'captivePortal':
        return new Response('<html>Logg inn på gjestenettet</html>', {
          status: 200,
          headers: { 'content-type': 'text/html' },
        })
      default: {
        const response = await this.inner(input, init)
        const text = await response.text()
        this.onServerAnswered?.(request)
        if (fault === 'answeredThenHang') return untilAborted(init?.signal)
        if (fault === 'dropResponse') throw new TypeError('fetch failed')
        if (fault === 'serverErrorAfter')
          return jsonResponse(500, { error: { code: 'internal', message: 'Something went wrong' } })
        if (fault === 'notJson')
          return new Response('<html>Bad gateway</html>', { status: 200, headers: { 'content-type': 'text/html' } })
        if (fault === 'truncated')
          return new Response(text.slice(0, Math.floor(text.length / 2)), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          })
        if (fault === 'unknownEntity') {
          const page = JSON.parse(text) as { changes: { entity: string }[] }
          page.changes.push({
            ...(page.changes[0] ?? { id: '1', version: 1, deleted: false, data: {} }),
            entity: 'transportBooking',
          })
          return jsonResponse(200, page)
        }
        return jsonResponse(200, { version: 2, payload: JSON.parse(text) as unknown })
      }
    }
  }

  /** Fails every request that carries this mutation id, as a server that keeps failing on it would. */
  poison(mutationId: string, fault: Fault = 'serverError'): void {
    const previous = this.plan
    this.plan = (request) => (request.body?.includes(mutationId) ? fault : previous(request))
  }

  count(path: string): number {
    return this.log.filter((request) => request.path.includes(path)).length
  }
}

function untilAborted(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise<Response>((_resolve, reject) => {
    const abort = () => reject(signal?.reason ?? new DOMException('aborted', 'AbortError'))
    if (signal?.aborted) abort()
    else signal?.addEventListener('abort', abort)
  })
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}
