// A municipality's public settings: name, change deadline rule, summer respite, contacts.
import { Municipality as MunicipalitySchema, type Municipality } from '../../protocol'
import type { Queryable } from '../storage/database'

export async function getMunicipality(db: Queryable, id: string): Promise<Municipality | null> {
  const [row] = await db.query<{ data: Municipality }>('SELECT data FROM municipalities WHERE id = $1', [id])
  return row?.data ?? null
}

export async function saveMunicipality(db: Queryable, municipality: Municipality): Promise<Municipality> {
  const valid = MunicipalitySchema.parse(municipality)
  await db.query('UPDATE municipalities SET data = $2::jsonb WHERE id = $1', [valid.id, JSON.stringify(valid)])
  return valid
}
