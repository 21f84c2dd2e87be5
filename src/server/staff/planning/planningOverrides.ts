// The plans staff let through despite collisions: which, why, who and when, one row per stay, kept for
// the office (never synced to families) and shown beside the stay in the console.
import type { ConflictCode, OverrideRecord } from '../../../protocol/planning'
import type { StaffPrincipal } from '../../auth/principal'
import type { Queryable } from '../../storage/database'

export interface Override {
  staff: StaffPrincipal
  householdId: string
  stayIds: readonly string[]
  codes: readonly ConflictCode[]
  reason: string
  at: string
}

export async function recordOverride(db: Queryable, override: Override): Promise<void> {
  if (override.codes.length === 0 || override.stayIds.length === 0) return
  await db.query(
    `INSERT INTO planning_overrides (municipality_id, household_id, stay_id, codes, reason, user_id, at)
     SELECT $1, $2, stay_id, $4::text[], $5, $6, $7 FROM unnest($3::text[]) AS stay_id`,
    [
      override.staff.municipalityId,
      override.householdId,
      override.stayIds,
      [...new Set(override.codes)],
      override.reason.trim(),
      override.staff.userId,
      override.at,
    ],
  )
}

/** The overrides of these stays, oldest first. */
export async function overridesOf(
  db: Queryable,
  municipalityId: string,
  stayIds: readonly string[],
): Promise<Map<string, OverrideRecord[]>> {
  const byStay = new Map<string, OverrideRecord[]>()
  if (stayIds.length === 0) return byStay
  const rows = await db.query<{
    stay_id: string
    codes: ConflictCode[]
    reason: string
    at: Date | string
    name: string | null
  }>(
    `SELECT o.stay_id, o.codes, o.reason, o.at, u.name FROM planning_overrides o LEFT JOIN users u ON u.id = o.user_id
     WHERE o.municipality_id = $1 AND o.stay_id = ANY($2::text[]) ORDER BY o.id`,
    [municipalityId, stayIds],
  )
  for (const row of rows) {
    const record = { codes: row.codes, reason: row.reason, at: new Date(row.at).toISOString(), userName: row.name }
    byStay.set(row.stay_id, [...(byStay.get(row.stay_id) ?? []), record])
  }
  return byStay
}
