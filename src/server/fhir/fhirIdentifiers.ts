// Which record a record system's identifier stands for, within one municipality: the table that makes a
// conditional update plan a stay once however often it is sent, and a CSV import (../imports) create each
// place, household, caregiver, child, decision and stay once. Its `stay_id` column holds any record's id.
import type { Queryable } from '../storage/database'

export interface Identifier {
  system: string
  value: string
}

const keyOf = (id: Identifier) => `${id.system}|${id.value}`

/** The records these identifiers stand for, by `system|value`; an identifier not yet given is not there. */
export async function recordsOfIdentifiers(
  db: Queryable,
  municipalityId: string,
  ids: readonly Identifier[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db.query<{ system: string; value: string; stay_id: string }>(
    `SELECT i.system, i.value, i.stay_id FROM fhir_identifiers i
     JOIN unnest($2::text[], $3::text[]) AS wanted(system, value) USING (system, value)
     WHERE i.municipality_id = $1`,
    [municipalityId, ids.map((id) => id.system), ids.map((id) => id.value)],
  )
  return new Map(rows.map((row) => [keyOf(row), row.stay_id]))
}

/** One identifier's record: a single PUT and each CSV row ask this, by the primary key alone. */
export async function recordOfIdentifier(
  db: Queryable,
  municipalityId: string,
  id: Identifier,
): Promise<string | null> {
  const [row] = await db.query<{ stay_id: string }>(
    `SELECT stay_id FROM fhir_identifiers WHERE municipality_id = $1 AND system = $2 AND value = $3`,
    [municipalityId, id.system, id.value],
  )
  return row?.stay_id ?? null
}

/** Keeps which record each identifier stands for (each identifier new to the municipality). */
export async function keepIdentifiers(
  db: Queryable,
  municipalityId: string,
  kept: readonly { id: Identifier; recordId: string }[],
): Promise<void> {
  if (kept.length === 0) return
  await db.query(
    `INSERT INTO fhir_identifiers (municipality_id, system, value, stay_id)
     SELECT $1::uuid, * FROM unnest($2::text[], $3::text[], $4::text[])`,
    [municipalityId, kept.map(({ id }) => id.system), kept.map(({ id }) => id.value), kept.map((k) => k.recordId)],
  )
}

export async function keepIdentifier(
  db: Queryable,
  municipalityId: string,
  id: Identifier,
  recordId: string,
): Promise<void> {
  await keepIdentifiers(db, municipalityId, [{ id, recordId }])
}
