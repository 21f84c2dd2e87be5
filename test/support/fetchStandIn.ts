// A stand-in for `fetch` that answers each request the way a test says, and keeps what was asked of it.
export interface Asked {
  url: string
  init: RequestInit
}

export type Answer = Response | Error | ((asked: Asked) => Promise<Response>)

export interface FetchStandIn {
  fetch: typeof globalThis.fetch
  asked: Asked[]
}

/** Answers the requests in turn with `answers`; an Error is thrown as fetch throws it. */
export function aFetchAnswering(...answers: Answer[]): FetchStandIn {
  const asked: Asked[] = []
  const fetch = async (input: string | URL | Request, init: RequestInit = {}) => {
    const request = { url: String(input), init }
    asked.push(request)
    const answer = answers.shift()
    if (answer === undefined) throw new Error(`no answer for ${request.url}`)
    if (answer instanceof Error) throw answer
    return typeof answer === 'function' ? answer(request) : answer
  }
  return { fetch: fetch as typeof globalThis.fetch, asked }
}

export function aJsonAnswer(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })
}

/** The API's error shape, as the server answers a refusal. */
export function anErrorAnswer(status: number, code: string, message: string, headers: Record<string, string> = {}) {
  return aJsonAnswer({ error: { code, message } }, status, headers)
}
