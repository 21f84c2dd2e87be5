// A fetch that counts what the device sends and receives, wrapped around the real one: the body is
// read once to count its bytes and handed on unchanged.
export interface FetchRecord {
  method: string
  path: string
  status: number
  /** Bytes of the body as the app reads it (after any content decoding). */
  bodyBytes: number
  /** The content-length header as sent on the wire, when the server set one. */
  contentLength: number | null
}

export interface CountingFetch {
  fetch: typeof globalThis.fetch
  records: FetchRecord[]
}

export function countingFetch(inner: typeof globalThis.fetch = globalThis.fetch.bind(globalThis)): CountingFetch {
  const records: FetchRecord[] = []
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await inner(input, init)
    const body = await response.arrayBuffer()
    const url = new URL(input instanceof Request ? input.url : String(input))
    const length = response.headers.get('content-length')
    records.push({
      method: init?.method ?? 'GET',
      path: url.pathname + url.search,
      status: response.status,
      bodyBytes: body.byteLength,
      contentLength: length === null ? null : Number(length),
    })
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
  }
  return { fetch, records }
}
