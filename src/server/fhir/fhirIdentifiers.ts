// Which record a record system's identifier stands for, within one municipality: the table that makes a
// conditional update plan a stay once however often it is sent, and a CSV import (../imports) create each
// place, household, caregiver, child, decision and stay once. Its `stay_id` column holds any record's id.
import type { Queryable } from '../storage/database'

export interface Identifier {
  system: string
  value: string
}

export async function recordOfIdentifier(
  db: Queryable,
  municipalityId: string,
  id: Identifier,
): Promise<string | null> {
  const [row] = await db.query<{ stay_id: string }>(
    'SELECT stay_id FROM fhir_identifiers WHERE municipality_id = $1 AND system = $2 AND value = $3',
    [municipalityId, id.system, id.value],
  )
  return row?.stay_id ?? null
}

export async function keepIdentifier(
  db: Queryable,
  municipalityId: string,
  id: Identifier,
  recordId: string,
): Promise<void> {
  await db.query('INSERT INTO fhir_identifiers (municipality_id, system, value, stay_id) VALUES ($1, $2, $3, $4)', [
    municipalityId,
    id.system,
    id.value,
    recordId,
  ])
}
