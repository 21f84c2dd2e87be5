// The local stand-in providers' keys: made on first start and kept in the database with the demo data,
// as a real provider keeps its keys, so a restart leaves what they signed and set readable.
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import type { JWK } from 'openid-client'
import type { Queryable } from '../storage/database'

export interface KeyPair {
  privateJwk: JWK
  publicJwk: JWK
}

export interface StandInKeys {
  /** Signs both stand-ins' ID tokens (RS256). */
  signing: KeyPair
  /** The demo ID-porten client's `private_key_jwt` key (ES256). */
  idportenClient: KeyPair
  /** The demo staff client's `client_secret_post`. */
  staffSecret: string
  cookieKey: string
}

function keyPair(type: 'rsa' | 'ec', alg: string): KeyPair {
  const kid = randomBytes(8).toString('hex')
  const pair =
    type === 'rsa'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ec', { namedCurve: 'P-256' })
  return {
    privateJwk: { ...(pair.privateKey.export({ format: 'jwk' }) as JWK), kid, alg, use: 'sig' },
    publicJwk: { ...(pair.publicKey.export({ format: 'jwk' }) as JWK), kid, alg, use: 'sig' },
  }
}

const newKeys = (): StandInKeys => ({
  signing: keyPair('rsa', 'RS256'),
  idportenClient: keyPair('ec', 'ES256'),
  staffSecret: randomBytes(24).toString('base64url'),
  cookieKey: randomBytes(32).toString('base64url'),
})

async function storedKeys(db: Queryable): Promise<StandInKeys | null> {
  const [row] = await db.query<{ keys: StandInKeys | string }>('SELECT keys FROM local_idp_keys WHERE id = 1')
  if (!row) return null
  return typeof row.keys === 'string' ? (JSON.parse(row.keys) as StandInKeys) : row.keys
}

/** The keys stored on first start (made now if there are none). */
export async function loadStandInKeys(db: Queryable): Promise<StandInKeys> {
  const stored = await storedKeys(db)
  if (stored) return stored
  // Two servers starting at once on one database both try; the first insert wins and both read it.
  await db.query('INSERT INTO local_idp_keys (id, keys) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [
    JSON.stringify(newKeys()),
  ])
  const made = await storedKeys(db)
  if (!made) throw new Error('the stand-in providers’ keys could not be stored')
  return made
}
