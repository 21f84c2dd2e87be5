// What each staff member may do: a caseworker everything, a planner plans and answers but leaves the
// municipality's settings alone, a read-only reader sees everything and changes nothing.
import type { StaffRole } from '../../protocol'
import type { Queryable } from '../storage/database'

/** The municipality's staff members by name, with their roles (none recorded: a caseworker). */
export async function colleagues(
  db: Queryable,
  municipalityId: string,
): Promise<{ id: string; name: string; staffRole: StaffRole }[]> {
  const rows = await db.query<{ id: string; name: string; staff_role: StaffRole | null }>(
    `SELECT id, name, staff_role FROM users WHERE municipality_id = $1 AND role = 'staff' ORDER BY name, id`,
    [municipalityId],
  )
  return rows.map((row) => ({ id: row.id, name: row.name, staffRole: row.staff_role ?? 'caseworker' }))
}
