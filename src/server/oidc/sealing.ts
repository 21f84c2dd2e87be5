// Seals a provider's ID token with a key derived from a secret the server does not keep (a session
// token, a one-time code), so what is stored reads nothing until that secret is shown again.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

const INFO = 'pusterom sealed id token'

function keyOf(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, '', INFO, 32))
}

/** base64url of iv (12 bytes) | tag (16 bytes) | ciphertext, AES-256-GCM. */
export function seal(plain: string, secret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv)
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')
}

/** The sealed text, or null when it was sealed with another secret or has been tampered with. */
export function unseal(sealed: string, secret: string): string | null {
  const bytes = Buffer.from(sealed, 'base64url')
  if (bytes.length < 28) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), bytes.subarray(0, 12))
    decipher.setAuthTag(bytes.subarray(12, 28))
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}
