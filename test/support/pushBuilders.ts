// A device's Web Push subscription as a browser makes it: its keys (a P-256 public key and a 16-byte auth
// secret, base64url) and the push service's address. The keys hold a '-' and a '_', the letters base64url adds.
import type { PushSubscriptionRequest } from '../../src/protocol'

export const aDevicesPushKeys = {
  p256dh: 'BPt0x997zcGlt0CgZAb1vfuV767G_qUtBAosSRt-M3yGJBy2fErns9kTqh_TcUjI0Gv4NTsMdbHYIT8lYy1_9g8',
  auth: 'tt74wP7n1WG5i--xJUC_9w',
}

export function aPushSubscription(overrides: Partial<PushSubscriptionRequest> = {}): PushSubscriptionRequest {
  return { endpoint: 'https://push.example.com/send/abc123', keys: aDevicesPushKeys, ...overrides }
}
