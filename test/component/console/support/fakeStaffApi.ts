// A stand-in for the municipal API behind the console's real client: answers by method and path from
// the test's handlers, and keeps every call so a test can see what the console sent.
import { vi } from 'vitest'

export interface SentCall {
  method: string
  path: string
  query: URLSearchParams
  body: unknown
  /** The request as fetch was given it (its signal, for a change channel the test writes into). */
  init: RequestInit | undefined
}

type Handler = (call: SentCall) => unknown

export function fakeStaffApi(handlers: Record<string, Handler>) {
  const calls: SentCall[] = []
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://127.0.0.1')
    const call: SentCall = {
      method: init?.method ?? 'GET',
      path: url.pathname.replace(/^\/api\/v1/, ''),
      query: url.searchParams,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      init,
    }
    calls.push(call)
    const handler = Object.entries(handlers).find(([route]) => {
      const [method, pattern] = route.split(' ') as [string, string]
      return method === call.method && new RegExp(`^${pattern}$`).test(call.path)
    })?.[1]
    if (!handler) return json(404, { error: { code: 'not_found', message: `${call.method} ${call.path}` } })
    const answer = handler(call)
    // A handler may answer with a whole Response, e.g. an error status.
    if (answer instanceof Response) return answer
    return json(call.method === 'POST' ? 201 : 200, answer)
  })
  vi.stubGlobal('fetch', fetch)
  return { calls, sent: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path) }
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}
