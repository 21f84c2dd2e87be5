// A municipality's public settings: name, change deadline rule, summer respite, contacts.
import { Municipality as MunicipalitySchema, type Municipality } from '../../protocol'
import type { Queryable } from '../storage/database'

export async function getMunicipality(db: Queryable, id: string): Promise<Municipality | null> {
  const [row] = await db.query<{ data: Municipality }>('SELECT data FROM municipalities WHERE id = $1', [id])
  return row?.data ?? null
}

/** Call with the municipality's lock held (`writeInMunicipality`): its record takes a number in the change sequence. */
export async function saveMunicipality(db: Queryable, municipality: Municipality): Promise<Municipality> {
  const valid = MunicipalitySchema.parse(municipality)
  await db.query('UPDATE municipalities SET data = $2::jsonb WHERE id = $1', [valid.id, JSON.stringify(valid)])
  await publishMunicipality(db, valid)
  return valid
}

/**
 * Puts the municipality's record in the change feed (sync rule 10), shared by all its households
 * like places, so one pull brings new rules to every phone.
 */
export async function publishMunicipality(db: Queryable, municipality: Municipality): Promise<void> {
  await db.query(
    `INSERT INTO records (entity, id, municipality_id, household_id, data) VALUES ('municipality', $1, $2, NULL, $3::jsonb)
     ON CONFLICT (entity, id) DO UPDATE SET seq = nextval('record_seq'), deleted = false, data = EXCLUDED.data`,
    [municipality.id, municipality.id, JSON.stringify(municipality)],
  )
}
