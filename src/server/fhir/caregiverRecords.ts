// A caregiver of the municipality with the household's first child, for RelatedPerson; another
// municipality's, a staff member or a household without a child is not there.
import { Id } from '../../protocol'
import type { Queryable } from '../storage/database'
import type { Caregiver } from './resources/relatedPerson'

export async function municipalityCaregiver(
  db: Queryable,
  id: string,
  municipalityId: string,
): Promise<(Caregiver & { householdId: string }) | null> {
  if (!Id.safeParse(id).success) return null
  const [row] = await db.query<Omit<Caregiver, 'childId'> & { household_id: string; child_id: string | null }>(
    `SELECT u.id, u.name, u.phone, u.address, u.household_id,
       (SELECT r.id FROM records r WHERE r.entity = 'recipient' AND NOT r.deleted AND r.household_id = u.household_id
        ORDER BY r.data ->> 'name', r.id LIMIT 1) AS child_id
     FROM users u WHERE u.id = $1 AND u.role = 'caregiver' AND u.municipality_id = $2`,
    [id, municipalityId],
  )
  if (!row?.child_id) return null
  const { household_id: householdId, child_id: childId, ...caregiver } = row
  return { ...caregiver, childId, householdId }
}
