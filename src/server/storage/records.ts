// The records the family syncs (one row per entity id, its latest version), read within a scope
// and written through a writer that holds the municipality's lock.
import { entitySchemas, type EntityName, type EntityOf } from '../../protocol'
import type { Database, Queryable } from './database'

export interface StoredRecord<N extends EntityName> {
  householdId: string | null
  municipalityId: string
  data: EntityOf<N>
}

/** Where a reader may look: one household's own records, or all of one municipality's (staff). */
export type ReadScope = { householdId: string } | { municipalityId: string }

interface RecordRow<N extends EntityName> {
  household_id: string | null
  municipality_id: string
  data: EntityOf<N>
}

function scopeCondition(scope: ReadScope, parameter: number): string {
  return 'householdId' in scope ? `household_id = $${parameter}` : `municipality_id = $${parameter}`
}

function scopeValue(scope: ReadScope): string {
  return 'householdId' in scope ? scope.householdId : scope.municipalityId
}

function stored<N extends EntityName>(row: RecordRow<N>): StoredRecord<N> {
  return { householdId: row.household_id, municipalityId: row.municipality_id, data: row.data }
}

/** One live (not deleted) record in scope, or null: another household's record is simply not there. */
export async function findRecord<N extends EntityName>(
  db: Queryable,
  entity: N,
  id: string,
  scope: ReadScope,
): Promise<StoredRecord<N> | null> {
  const rows = await db.query<RecordRow<N>>(
    `SELECT household_id, municipality_id, data FROM records
     WHERE entity = $1 AND id = $2 AND ${scopeCondition(scope, 3)} AND NOT deleted`,
    [entity, id, scopeValue(scope)],
  )
  return rows[0] ? stored(rows[0]) : null
}

/** The live records of one entity in scope whose data has `field` equal to `value`. */
export async function findRecordsWhere<N extends EntityName>(
  db: Queryable,
  entity: N,
  scope: ReadScope,
  field: string,
  value: string,
): Promise<StoredRecord<N>[]> {
  return findRecordsWhereAny(db, entity, scope, field, [value])
}

/** The live records of one entity in scope with these ids; a missing one is simply not there. */
export async function findRecordsByIds<N extends EntityName>(
  db: Queryable,
  entity: N,
  ids: readonly string[],
  scope: ReadScope,
): Promise<StoredRecord<N>[]> {
  if (ids.length === 0) return []
  const rows = await db.query<RecordRow<N>>(
    `SELECT household_id, municipality_id, data FROM records
     WHERE entity = $1 AND id = ANY($2::text[]) AND ${scopeCondition(scope, 3)} AND NOT deleted`,
    [entity, [...new Set(ids)], scopeValue(scope)],
  )
  return rows.map(stored)
}

/** The live records of one entity in scope whose data has `field` equal to any of `values`. */
export async function findRecordsWhereAny<N extends EntityName>(
  db: Queryable,
  entity: N,
  scope: ReadScope,
  field: string,
  values: readonly string[],
): Promise<StoredRecord<N>[]> {
  if (values.length === 0) return []
  const rows = await db.query<RecordRow<N>>(
    `SELECT household_id, municipality_id, data FROM records
     WHERE entity = $1 AND ${scopeCondition(scope, 2)} AND NOT deleted AND data ->> $3 = ANY($4::text[]) ORDER BY seq`,
    [entity, scopeValue(scope), field, [...new Set(values)]],
  )
  return rows.map(stored)
}

/** Who holds a record with this id, live or deleted; ids are never reused across households. */
export async function recordOwner(
  db: Queryable,
  entity: EntityName,
  id: string,
): Promise<{ householdId: string | null; deleted: boolean } | null> {
  const [row] = await db.query<{ household_id: string | null; deleted: boolean }>(
    'SELECT household_id, deleted FROM records WHERE entity = $1 AND id = $2',
    [entity, id],
  )
  return row ? { householdId: row.household_id, deleted: row.deleted } : null
}

/** A record as it is now, live or deleted, with its version and the mutation that last wrote it. */
export interface CurrentRecord {
  householdId: string | null
  version: number
  deleted: boolean
  data: unknown
  mutationId: string | null
}

export async function currentRecord(db: Queryable, entity: EntityName, id: string): Promise<CurrentRecord | null> {
  const [row] = await db.query<{
    household_id: string | null
    seq: string | number
    deleted: boolean
    data: unknown
    mutation_id: string | null
  }>('SELECT household_id, seq, deleted, data, mutation_id FROM records WHERE entity = $1 AND id = $2', [entity, id])
  if (!row) return null
  return {
    householdId: row.household_id,
    version: Number(row.seq),
    deleted: row.deleted,
    data: row.data,
    mutationId: row.mutation_id,
  }
}

export interface NewRecord<N extends EntityName> {
  data: EntityOf<N>
  /** Null for what the whole municipality shares (places). */
  householdId: string | null
}

const ROWS_PER_INSERT = 500

/**
 * Writes records of one municipality. Every write takes the next number of the change sequence;
 * the writer exists only inside `writeInMunicipality`, which holds the municipality's lock, so the
 * numbers a household can see are committed in the order they were taken and no pull skips one.
 */
export class RecordWriter {
  /** The family's mutation being applied, kept on each record it writes; null for the municipality's writes. */
  mutationId: string | null = null

  constructor(
    readonly tx: Queryable,
    readonly municipalityId: string,
  ) {}

  /** Creates or replaces a record; its data must satisfy the protocol's schema (a bug otherwise). */
  async put<N extends EntityName>(entity: N, data: EntityOf<N>, householdId: string | null): Promise<void> {
    await this.putMany(entity, [{ data, householdId }])
  }

  /** Creates or replaces records in a few multi-row inserts; resolves to each one's new version by id. */
  async putMany<N extends EntityName>(entity: N, records: readonly NewRecord<N>[]): Promise<Map<string, number>> {
    const versions = new Map<string, number>()
    for (let start = 0; start < records.length; start += ROWS_PER_INSERT) {
      const chunk = records.slice(start, start + ROWS_PER_INSERT)
      const params: unknown[] = []
      const values = chunk.map(({ data, householdId }) => {
        const valid = entitySchemas[entity].parse(data) as EntityOf<N>
        params.push(entity, valid.id, this.municipalityId, householdId, JSON.stringify(valid), this.mutationId)
        const p = params.length
        return `($${p - 5}, $${p - 4}, $${p - 3}, $${p - 2}, $${p - 1}::jsonb, $${p}::uuid)`
      })
      const written = await this.tx.query<{ id: string; seq: string | number }>(
        `INSERT INTO records (entity, id, municipality_id, household_id, data, mutation_id) VALUES ${values.join(', ')}
         ON CONFLICT (entity, id) DO UPDATE
           SET seq = nextval('record_seq'), deleted = false, data = EXCLUDED.data, mutation_id = EXCLUDED.mutation_id
         WHERE records.municipality_id = EXCLUDED.municipality_id
           AND records.household_id IS NOT DISTINCT FROM EXCLUDED.household_id
         RETURNING id, seq`,
        params,
      )
      // Callers check ownership first; a record of someone else reaching here is a bug, not input.
      if (written.length !== chunk.length) throw new Error(`a ${entity} of another owner was about to be overwritten`)
      for (const row of written) versions.set(row.id, Number(row.seq))
    }
    return versions
  }

  /** Replaces a live record with a tombstone; false when there was none in that household. */
  async remove(entity: EntityName, id: string, householdId: string | null): Promise<boolean> {
    const rows = await this.tx.query(
      `UPDATE records SET deleted = true, data = NULL, seq = nextval('record_seq'), mutation_id = $5::uuid
       WHERE entity = $1 AND id = $2 AND municipality_id = $3 AND household_id IS NOT DISTINCT FROM $4 AND NOT deleted
       RETURNING id`,
      [entity, id, this.municipalityId, householdId, this.mutationId],
    )
    return rows.length > 0
  }
}

/** Runs `work` in one transaction that holds the municipality's lock, with a writer for its records. */
export async function writeInMunicipality<T>(
  db: Database,
  municipalityId: string,
  work: (writer: RecordWriter) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const found = await tx.query('SELECT 1 FROM municipalities WHERE id = $1 FOR UPDATE', [municipalityId])
    if (found.length === 0) throw new Error('no such municipality')
    return work(new RecordWriter(tx, municipalityId))
  })
}
