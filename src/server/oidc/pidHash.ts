// Person numbers (ID-porten's `pid`) are kept only as an HMAC with the server's key, never as they are:
// the key comes from PID_HASH_KEY, or is made on first start and kept in the database.
import { createHmac, randomBytes } from 'node:crypto'
import type { Queryable } from '../storage/database'

const MIN_KEY_BYTES = 32
const BASE64URL = /^[A-Za-z0-9_-]+$/

/** The key in PID_HASH_KEY (base64url, at least 32 bytes), or null when it is not set. */
export function pidHashKeyFromEnv(env: NodeJS.ProcessEnv): Buffer | null {
  const value = env.PID_HASH_KEY?.trim()
  if (!value) return null
  const key = BASE64URL.test(value) ? Buffer.from(value, 'base64url') : Buffer.alloc(0)
  if (key.length < MIN_KEY_BYTES) throw new Error('PID_HASH_KEY must be base64url of at least 32 random bytes')
  return key
}

/** The key from the environment, else the one stored on first start (made now if there is none). */
export async function loadPidHashKey(db: Queryable, env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  const fromEnv = pidHashKeyFromEnv(env)
  if (fromEnv) return fromEnv
  // Two servers starting at once on one database both try; the first insert wins and both read it.
  await db.query('INSERT INTO pid_hash_key (id, key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [
    randomBytes(MIN_KEY_BYTES).toString('base64url'),
  ])
  const [row] = await db.query<{ key: string }>('SELECT key FROM pid_hash_key WHERE id = 1')
  if (!row) throw new Error('the person-number hash key could not be stored')
  return Buffer.from(row.key, 'base64url')
}

/** An 11-digit Norwegian national identity number (fødselsnummer or D-number). */
export function isPersonNumber(value: unknown): value is string {
  return typeof value === 'string' && /^\d{11}$/.test(value)
}

export function pidHash(key: Buffer, pid: string): string {
  return createHmac('sha256', key).update(pid).digest('hex')
}
