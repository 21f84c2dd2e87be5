// Posts a push to the address that was checked, not to whatever the name resolves to a moment later
// (DNS rebinding), and never follows a redirect: node's http client does not.
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { LookupFunction } from 'node:net'
import type { CheckedEndpoint } from './pushEndpoint'

export interface PushRequest {
  method: string
  headers: Record<string, string>
  body: Uint8Array
  timeoutMs: number
}

/** Sends one request to a checked endpoint; answers the push service's status. Tests may stand in for it. */
export type PushTransport = (target: CheckedEndpoint, request: PushRequest) => Promise<number>

export const sendToCheckedAddress: PushTransport = (target, push) => {
  const { address, family } = target.address
  // The host name stays in the URL for the Host header, TLS SNI and certificate check; only the lookup is pinned.
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }])
    else callback(null, address, family)
  }
  const send = target.url.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise<number>((resolve, reject) => {
    const outgoing = send(
      target.url,
      {
        method: push.method,
        headers: push.headers,
        lookup: pinned,
        agent: false,
        signal: AbortSignal.timeout(push.timeoutMs),
      },
      (response: IncomingMessage) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
        response.on('error', reject)
      },
    )
    outgoing.on('error', reject)
    outgoing.end(push.body)
  })
}
