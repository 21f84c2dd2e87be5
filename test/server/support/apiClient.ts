// A tiny HTTP client for tests: real requests to the real server, answers kept whole for assertions.
import { API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../src/protocol'

export interface ApiResponse<T = unknown> {
  status: number
  headers: Headers
  text: string
  body: T
}

export interface RequestOptions {
  /** Sent as JSON unless `raw` is given. */
  body?: unknown
  /** Sent as is (bad JSON, huge bodies). */
  raw?: string
  /** Added to the request's; undefined leaves one out (the protocol header, as apps before it). */
  headers?: Record<string, string | undefined>
}

export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly token: string | null = null,
  ) {}

  withToken(token: string | null): ApiClient {
    return new ApiClient(this.baseUrl, token)
  }

  async request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    // As the app does: it says which protocol it speaks (a test of older apps sends its own, or none).
    const headers: Record<string, string> = {
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
    }
    let body: string | undefined
    if (options.raw !== undefined) body = options.raw
    else if (options.body !== undefined) body = JSON.stringify(options.body)
    if (body !== undefined) headers['content-type'] = 'application/json'
    const response = await fetch(this.baseUrl + API_PREFIX + path, {
      method,
      headers: Object.fromEntries(
        Object.entries({ ...headers, ...options.headers }).filter(([, value]) => value !== undefined),
      ) as Record<string, string>,
      body,
    })
    const text = await response.text()
    const isJson = response.headers.get('content-type')?.includes('json') ?? false
    return {
      status: response.status,
      headers: response.headers,
      text,
      body: (isJson && text ? JSON.parse(text) : text) as T,
    }
  }

  get<T = unknown>(path: string, options?: RequestOptions) {
    return this.request<T>('GET', path, options)
  }

  post<T = unknown>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('POST', path, { ...options, body })
  }

  put<T = unknown>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PUT', path, { ...options, body })
  }

  patch<T = unknown>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PATCH', path, { ...options, body })
  }

  delete<T = unknown>(path: string, options?: RequestOptions) {
    return this.request<T>('DELETE', path, options)
  }
}
