// The HTTP server's own limits, and how it answers a request that breaks one before the app sees it
// (headers too large, too slow to arrive, not HTTP at all): in the error shape like every other
// answer, with the same security headers, instead of Node's bare status line.
import type { EventEmitter } from 'node:events'
import type { ServerOptions, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import type { ErrorCode } from '../../protocol'
import { ApiError } from '../errors/apiError'
import { SECURITY_HEADERS } from './securityHeaders'

const MAX_HEADER_BYTES = 16 * 1024

export const HTTP_LIMITS: ServerOptions = {
  /** The request line (with its query) and the headers together. */
  maxHeaderSize: MAX_HEADER_BYTES,
  headersTimeout: 20_000,
  requestTimeout: 60_000,
  // Longer than a proxy or client keeps an idle connection (nginx and load balancers 60 s): Node's 5 s let the
  // server close a connection just as a client reused it, and that request failed with a reset.
  keepAliveTimeout: 65_000,
}

interface Refusal {
  status: number
  reason: string
  code: ErrorCode
  message: string
}

function refusalOf(error: NodeJS.ErrnoException): Refusal {
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return {
      status: 431,
      reason: 'Request Header Fields Too Large',
      code: 'payload_too_large',
      message: `The address and headers are larger than ${MAX_HEADER_BYTES} bytes`,
    }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return { status: 408, reason: 'Request Timeout', code: 'invalid_request', message: 'The request came too slowly' }
  return { status: 400, reason: 'Bad Request', code: 'invalid_request', message: 'The request is not valid HTTP' }
}

export function answerBrokenRequests(server: EventEmitter): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // As Node's own answer: none where an answer has begun on this connection or it cannot take one.
    const answering = (socket as Duplex & { _httpMessage?: ServerResponse })._httpMessage
    if (error.code === 'ECONNRESET' || !socket.writable || answering?.headersSent) {
      socket.destroy()
      return
    }
    const refusal = refusalOf(error)
    const body = JSON.stringify(new ApiError(refusal.code, refusal.message).body())
    const headers = [
      ...SECURITY_HEADERS,
      ['Content-Type', 'application/json'],
      ['Content-Length', String(Buffer.byteLength(body))],
      ['Cache-Control', 'no-store'],
      ['Connection', 'close'],
    ]
    const head = headers.map(([name, value]) => `${name}: ${value}\r\n`).join('')
    socket.end(`HTTP/1.1 ${refusal.status} ${refusal.reason}\r\n${head}\r\n${body}`)
  })
}
