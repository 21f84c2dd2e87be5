// What a browser does when it subscribes, and what it does when a push arrives: a P-256 key pair and
// an auth secret, and the decryption of an aes128gcm push (RFC 8188, keys per RFC 8291), with node:crypto
// alone so the check does not trust the library that encrypted.
import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, randomUUID, verify } from 'node:crypto'
import type { ReceivedPush } from './pushServiceStandIn'

export interface BrowserSubscription {
  endpoint: string
  keys: { p256dh: string; auth: string }
  /** The device's own secrets, which never leave the phone. */
  privateKey: Buffer
  publicKey: Buffer
  authSecret: Buffer
}

export function aBrowserSubscription(pushServiceUrl: string): BrowserSubscription {
  const ecdh = createECDH('prime256v1')
  ecdh.generateKeys()
  const authSecret = randomBytes(16)
  const publicKey = ecdh.getPublicKey()
  return {
    endpoint: `${pushServiceUrl}/push/${randomUUID()}`,
    keys: { p256dh: publicKey.toString('base64url'), auth: authSecret.toString('base64url') },
    privateKey: ecdh.getPrivateKey(),
    publicKey,
    authSecret,
  }
}

const hkdf = (ikm: Buffer, salt: Buffer, info: Buffer, length: number) =>
  Buffer.from(hkdfSync('sha256', ikm, salt, info, length))

/** Decrypts a push's body the way the browser would; throws when it was not encrypted for this device. */
export function decryptPush(body: Buffer, device: BrowserSubscription): string {
  const salt = body.subarray(0, 16)
  const recordSize = body.readUInt32BE(16)
  const keyIdLength = body[20] ?? 0
  const senderPublicKey = body.subarray(21, 21 + keyIdLength)
  const record = body.subarray(21 + keyIdLength)
  if (record.length > recordSize) throw new Error('expected a single record')
  const ecdh = createECDH('prime256v1')
  ecdh.setPrivateKey(device.privateKey)
  const sharedSecret = ecdh.computeSecret(senderPublicKey)
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), device.publicKey, senderPublicKey])
  const inputKey = hkdf(sharedSecret, device.authSecret, keyInfo, 32)
  const contentKey = hkdf(inputKey, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16)
  const nonce = hkdf(inputKey, salt, Buffer.from('Content-Encoding: nonce\0'), 12)
  const decipher = createDecipheriv('aes-128-gcm', contentKey, nonce)
  decipher.setAuthTag(record.subarray(record.length - 16))
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()])
  // The last record ends with the delimiter 0x02, then any zero padding.
  let end = padded.length - 1
  while (end >= 0 && padded[end] === 0) end -= 1
  if (padded[end] !== 2) throw new Error('the last record has no 0x02 delimiter')
  return padded.subarray(0, end).toString('utf8')
}

/** Checks the VAPID Authorization header (RFC 8292) and returns the JWT's claims. */
export function verifiedVapidClaims(
  push: ReceivedPush,
  serverPublicKey: string,
): { aud: string; exp: number; sub: string } {
  const header = String(push.headers.authorization ?? '')
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header)
  if (!match) throw new Error(`not a VAPID header: ${header}`)
  const [, jwt = '', key = ''] = match
  if (key !== serverPublicKey) throw new Error('the push names another server key')
  const [head = '', claims = '', signature = ''] = jwt.split('.')
  const raw = Buffer.from(key, 'base64url')
  const jwk = {
    kty: 'EC',
    crv: 'P-256',
    x: raw.subarray(1, 33).toString('base64url'),
    y: raw.subarray(33, 65).toString('base64url'),
  }
  const ok = verify(
    'sha256',
    Buffer.from(`${head}.${claims}`),
    { key: createPublicKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  )
  if (!ok) throw new Error('the VAPID signature does not verify')
  return JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { aud: string; exp: number; sub: string }
}
