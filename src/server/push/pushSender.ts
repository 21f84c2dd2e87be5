// Sends one encrypted push to one device: web-push encrypts (RFC 8291) and signs (VAPID), and the push
// goes only to an endpoint that passes the address rules now, at the address that was checked.
import webpush from 'web-push'
import type { PushMessage } from '../../protocol/push'
import { sendToCheckedAddress, type PushTransport } from './checkedRequest'
import { checkPushEndpoint, pushEndpointRules, type PushEndpointRules } from './pushEndpoint'
import type { VapidKeys } from './vapidKeys'

export interface PushTarget {
  endpoint: string
  keys: { p256dh: string; auth: string }
}

/** delivered: the push service took it. gone: the device unsubscribed (forget it). failed: try another time. */
export type PushOutcome = 'delivered' | 'gone' | 'failed'

export interface PushSendOptions {
  /** How long the push service may hold it for an offline phone. */
  ttlSeconds?: number
  urgency?: 'very-low' | 'low' | 'normal' | 'high'
  /** A newer push with the same topic replaces one still waiting at the push service. */
  topic?: string
}

export interface PushSenderOptions {
  vapid: VapidKeys
  /** Which endpoints may be sent to; defaults: the system resolver, no loopback. */
  endpoints?: PushEndpointRules
  /** How a checked push is posted (tests watch what would be sent). */
  transport?: PushTransport
  timeoutMs?: number
}

export type PushSender = (target: PushTarget, message: PushMessage, options?: PushSendOptions) => Promise<PushOutcome>

const FOUR_WEEKS = 28 * 24 * 3600

export function createPushSender(options: PushSenderOptions): PushSender {
  const rules = options.endpoints ?? pushEndpointRules()
  const transport = options.transport ?? sendToCheckedAddress
  const timeoutMs = options.timeoutMs ?? 10_000
  return async (target, message, sendOptions = {}) => {
    // Encrypting throws for keys stored before they were checked; that device fails, the others still hear.
    try {
      const details = webpush.generateRequestDetails(target, JSON.stringify(message), {
        vapidDetails: options.vapid,
        TTL: sendOptions.ttlSeconds ?? FOUR_WEEKS,
        urgency: sendOptions.urgency ?? 'normal',
        contentEncoding: 'aes128gcm',
        ...(sendOptions.topic ? { topic: sendOptions.topic } : {}),
      })
      const headers = Object.fromEntries(Object.entries(details.headers).map(([name, value]) => [name, String(value)]))
      const checked = await checkPushEndpoint(details.endpoint, rules)
      if (!checked) return 'failed'
      const status = await transport(checked, {
        method: details.method,
        headers,
        body: new Uint8Array(details.body),
        timeoutMs,
      })
      if (status >= 200 && status < 300) return 'delivered'
      if (status === 404 || status === 410) return 'gone'
      return 'failed'
    } catch {
      return 'failed'
    }
  }
}
