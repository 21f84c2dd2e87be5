// The server's VAPID identity: from the environment when set, otherwise made once and kept in the database.
import webpush from 'web-push'
import type { Queryable } from '../storage/database'

export interface VapidKeys {
  publicKey: string
  privateKey: string
  /** Who push services may contact about this sender: a mailto: or https: URL. */
  subject: string
}

const DEFAULT_SUBJECT = 'mailto:drift@pusterom.invalid'
const BASE64URL = /^[A-Za-z0-9_-]+$/

function decodedLength(key: string): number {
  return BASE64URL.test(key) ? Buffer.from(key, 'base64url').length : -1
}

/** The keys in VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY, or null when neither is set. */
export function vapidKeysFromEnv(env: NodeJS.ProcessEnv): VapidKeys | null {
  const publicKey = env.VAPID_PUBLIC_KEY?.trim()
  const privateKey = env.VAPID_PRIVATE_KEY?.trim()
  const subject = env.VAPID_SUBJECT?.trim() || DEFAULT_SUBJECT
  if (!/^(mailto:|https:)/.test(subject)) throw new Error('VAPID_SUBJECT must be a mailto: or https: URL')
  if (!publicKey && !privateKey) return null
  if (!publicKey || !privateKey) throw new Error('Set both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY, or neither')
  // An uncompressed P-256 point is 65 bytes, a private scalar 32: anything else is a pasting mistake.
  if (decodedLength(publicKey) !== 65)
    throw new Error('VAPID_PUBLIC_KEY must be a base64url P-256 public key (65 bytes)')
  if (decodedLength(privateKey) !== 32)
    throw new Error('VAPID_PRIVATE_KEY must be a base64url P-256 private key (32 bytes)')
  return { publicKey, privateKey, subject }
}

/** Keys from the environment, else the ones stored on first start (made now if there are none). */
export async function loadVapidKeys(db: Queryable, env: NodeJS.ProcessEnv = process.env): Promise<VapidKeys> {
  const fromEnv = vapidKeysFromEnv(env)
  if (fromEnv) return fromEnv
  const subject = env.VAPID_SUBJECT?.trim() || DEFAULT_SUBJECT
  const made = webpush.generateVAPIDKeys()
  // Two servers starting at once on one database both try; the first insert wins and both read it.
  await db.query(
    'INSERT INTO push_vapid_keys (id, public_key, private_key) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING',
    [made.publicKey, made.privateKey],
  )
  const rows = await db.query<{ public_key: string; private_key: string }>(
    'SELECT public_key, private_key FROM push_vapid_keys WHERE id = 1',
  )
  const stored = rows[0]
  if (!stored) throw new Error('the VAPID keys could not be stored')
  return { publicKey: stored.public_key, privateKey: stored.private_key, subject }
}
