// Sends one encrypted push to one device: web-push encrypts (RFC 8291) and signs (VAPID), fetch delivers.
// The transport is injectable so tests can point it at a local stand-in for the push service.
import webpush from 'web-push'
import type { PushMessage } from '../../protocol/push'
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
  fetch?: typeof globalThis.fetch
  timeoutMs?: number
}

export type PushSender = (target: PushTarget, message: PushMessage, options?: PushSendOptions) => Promise<PushOutcome>

const FOUR_WEEKS = 28 * 24 * 3600

export function createPushSender(options: PushSenderOptions): PushSender {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis)
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
      delete headers['Content-Length'] // fetch sets it from the body
      const response = await fetchImpl(details.endpoint, {
        method: details.method,
        headers,
        body: new Uint8Array(details.body),
        signal: AbortSignal.timeout(timeoutMs),
      })
      await response.body?.cancel()
      if (response.ok) return 'delivered'
      if (response.status === 404 || response.status === 410) return 'gone'
      return 'failed'
    } catch {
      return 'failed'
    }
  }
}
