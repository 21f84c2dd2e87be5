// A device's Web Push keys (RFC 8291) as the server must be able to encrypt to them: checked on the
// way in, because a key that is no point on the curve only fails later, when a push is encrypted.
import './zodInBrowser'
import { z } from 'zod'

function bytesOfBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return null
  let binary: string
  try {
    // Stryker disable next-line Regex: the test above lets '=' stand only at the end
    binary = atob(text.replace(/=+$/, '').replaceAll('-', '+').replaceAll('_', '/'))
  } catch {
    return null
  }
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}

const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn
// Stryker disable next-line ArithmeticOperator: both sides it compares are never negative, so any of these tells equal residues alike
const mod = (value: bigint) => ((value % P) + P) % P

function bigintOf(bytes: Uint8Array): bigint {
  let value = 0n
  for (const byte of bytes) value = (value << 8n) | BigInt(byte)
  return value
}

/** An uncompressed P-256 point (0x04, x, y) with y² = x³ − 3x + b (mod p). */
function isP256Point(text: string): boolean {
  const bytes = bytesOfBase64Url(text)
  if (bytes?.length !== 65 || bytes[0] !== 0x04) return false
  const x = bigintOf(bytes.subarray(1, 33))
  const y = bigintOf(bytes.subarray(33))
  // A coordinate past the prime names a point twice: only the one form is a key.
  if (x >= P) return false
  // Stryker disable next-line EqualityOperator: y = p is y = 0 mod p, which no point of P-256 has
  if (y >= P) return false
  return mod(y * y) === mod(x * x * x - 3n * x + B)
}

export const PushKeys = z.strictObject({
  /** The device's public key: an uncompressed P-256 point, base64url. */
  p256dh: z
    .string()
    .max(200)
    .refine(isP256Point, 'expected an uncompressed P-256 public key (65 bytes, base64url) on the curve'),
  /** The device's auth secret: 16 bytes, base64url. */
  auth: z
    .string()
    .max(100)
    .refine((text) => bytesOfBase64Url(text)?.length === 16, 'expected 16 bytes, base64url'),
})
