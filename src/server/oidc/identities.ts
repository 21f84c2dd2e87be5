// Who a provider's person is here: the municipality provisions a caregiver (by person number, kept as
// a keyed hash) or a staff account (by the staff provider's subject claim) before they can sign in.
import type { Role } from '../../protocol'
import type { Queryable } from '../storage/database'

export type IdentityProvider = 'idporten' | 'staff'

export async function linkIdentity(
  db: Queryable,
  provider: IdentityProvider,
  subject: string,
  userId: string,
): Promise<void> {
  await db.query(
    `INSERT INTO user_identities (provider, subject, user_id) VALUES ($1, $2, $3)
     ON CONFLICT (provider, subject) DO UPDATE SET user_id = EXCLUDED.user_id`,
    [provider, subject, userId],
  )
}

/** The provisioned user with this identity and role, or null. */
export async function userOfIdentity(
  db: Queryable,
  provider: IdentityProvider,
  subject: string,
  role: Role,
): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    `SELECT u.id FROM user_identities i JOIN users u ON u.id = i.user_id
     WHERE i.provider = $1 AND i.subject = $2 AND u.role = $3`,
    [provider, subject, role],
  )
  return row?.id ?? null
}
