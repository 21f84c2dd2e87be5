// Who last wrote each field of a record both parents edit, and when (sync rule 8 by field): a conflict
// names who made the change that stands, and a value replaced on purpose is told to the one who wrote it.
import type { EditedEntity } from '../../protocol'
import type { MutationContext } from './mutationContext'

/** The field row that stands for the record itself: who deleted it. */
export const WHOLE_RECORD = '*'

export interface FieldAuthor {
  userId: string
  name: string
  at: string
}

/** Notes the sender of the mutation as the author of these fields of the record, at its receipt. */
export async function noteAuthors(
  context: MutationContext,
  entity: EditedEntity,
  recordId: string,
  fields: readonly string[],
): Promise<void> {
  if (fields.length === 0) return
  await context.writer.tx.query(
    `INSERT INTO field_authors (household_id, entity, record_id, field, user_id, written_at)
     SELECT $1, $2, $3, field, $5, $6 FROM unnest($4::text[]) AS field
     ON CONFLICT (entity, record_id, field) DO UPDATE SET user_id = EXCLUDED.user_id, written_at = EXCLUDED.written_at`,
    [context.householdId, entity, recordId, fields, context.userId, context.receivedAt],
  )
}

/** The last author of each of these fields that has one, within the household. */
export async function authorsOf(
  context: MutationContext,
  entity: EditedEntity,
  recordId: string,
  fields: readonly string[],
): Promise<Map<string, FieldAuthor>> {
  const rows = await context.writer.tx.query<{
    field: string
    user_id: string
    name: string
    written_at: Date | string
  }>(
    `SELECT a.field, a.user_id, u.name, a.written_at FROM field_authors a JOIN users u ON u.id = a.user_id
     WHERE a.household_id = $1 AND a.entity = $2 AND a.record_id = $3 AND a.field = ANY($4::text[])`,
    [context.householdId, entity, recordId, fields],
  )
  return new Map(
    rows.map((row) => [row.field, { userId: row.user_id, name: row.name, at: new Date(row.written_at).toISOString() }]),
  )
}
