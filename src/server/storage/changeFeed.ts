// A pull: the changes a household may see after its cursor, oldest first, one page at a time.
import type { Change, EntityName, SyncResponse } from '../../protocol'
import type { Queryable } from './database'

export interface FeedScope {
  householdId: string
  municipalityId: string
}

interface ChangeRow {
  entity: EntityName
  id: string
  seq: string | number
  deleted: boolean
  data: unknown
}

export const DEFAULT_PAGE_SIZE = 1000

/**
 * The household's own records and its municipality's shared ones (places), each read along its own
 * index in sequence order, so an empty answer costs two index probes however large the tables are.
 */
const PAGE_QUERY = `
  (SELECT entity, id, seq, deleted, data FROM records
    WHERE household_id = $1 AND seq > $3 ORDER BY seq LIMIT $4)
  UNION ALL
  (SELECT entity, id, seq, deleted, data FROM records
    WHERE household_id IS NULL AND municipality_id = $2 AND seq > $3 ORDER BY seq LIMIT $4)
  ORDER BY seq LIMIT $4`

export async function changesSince(
  db: Queryable,
  scope: FeedScope,
  cursor: string | undefined,
  limit = DEFAULT_PAGE_SIZE,
): Promise<SyncResponse> {
  const after = cursor ?? '0'
  const rows = await db.query<ChangeRow>(PAGE_QUERY, [scope.householdId, scope.municipalityId, after, limit + 1])
  const page = rows.slice(0, limit)
  const changes: Change[] = page.map((row) => ({
    entity: row.entity,
    id: row.id,
    version: Number(row.seq),
    deleted: row.deleted,
    data: row.deleted ? null : row.data,
  }))
  const last = page.at(-1)
  return { cursor: last ? String(last.seq) : after, changes, hasMore: rows.length > limit }
}
