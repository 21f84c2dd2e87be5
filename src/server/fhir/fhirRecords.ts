// The records the FHIR face reads, always within one municipality (another's id is simply not there),
// with the version each resource carries.
import type { EntityName, EntityOf } from '../../protocol'
import type { Queryable } from '../storage/database'

export interface VersionedRecord<N extends EntityName> {
  data: EntityOf<N>
  householdId: string | null
  version: number
}

interface Row<N extends EntityName> {
  data: EntityOf<N>
  household_id: string | null
  seq: string | number
}

export const versioned = <N extends EntityName>(row: Row<N>): VersionedRecord<N> => ({
  data: row.data,
  householdId: row.household_id,
  version: Number(row.seq),
})

/** One live record of the municipality, or null. */
export async function municipalityRecord<N extends EntityName>(
  db: Queryable,
  entity: N,
  id: string,
  municipalityId: string,
): Promise<VersionedRecord<N> | null> {
  const [row] = await db.query<Row<N>>(
    `SELECT data, household_id, seq FROM records
     WHERE entity = $1 AND id = $2 AND municipality_id = $3 AND NOT deleted`,
    [entity, id, municipalityId],
  )
  return row ? versioned(row) : null
}

/** The versions of these records of the municipality, by id. */
export async function versionsOf(
  db: Queryable,
  entity: EntityName,
  ids: readonly string[],
  municipalityId: string,
): Promise<Map<string, number>> {
  const rows = await db.query<{ id: string; seq: string | number }>(
    `SELECT id, seq FROM records WHERE entity = $1 AND id = ANY($2::text[]) AND municipality_id = $3`,
    [entity, ids, municipalityId],
  )
  return new Map(rows.map((row) => [row.id, Number(row.seq)]))
}
