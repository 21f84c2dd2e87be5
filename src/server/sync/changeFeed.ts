// A pull: the changes a household may see after its cursor, oldest first, one page at a time.
import {
  MESSAGES_AS_FACTS_SINCE,
  readableIn as entityReadableIn,
  type Change,
  type EntityName,
  type Message,
  type SyncResponse,
} from '../../protocol'
import { messageForProtocol1 } from './messagesForOlderApps'
import type { Principal } from '../auth/principal'
import type { Queryable } from '../storage/database'

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
 * `household` and `municipality` are SQL expressions: parameters, or the columns of a session's user.
 */
const pageOf = (household: string, municipality: string, after: string, limit: string) => `
  (SELECT entity, id, seq, deleted, data FROM records
    WHERE household_id = ${household} AND seq > ${after} ORDER BY seq LIMIT ${limit})
  UNION ALL
  (SELECT entity, id, seq, deleted, data FROM records
    WHERE household_id IS NULL AND municipality_id = ${municipality} AND seq > ${after} ORDER BY seq LIMIT ${limit})
  ORDER BY seq LIMIT ${limit}`

const PAGE_QUERY = pageOf('$1', '$2', '$3', '$4')

/**
 * The user a live session stands for and, when a caregiver, the first page of the household's feed:
 * one round trip for the most frequent request there is, a device asking whether anything is new.
 * One row per change, the user's columns on each; a single row with null change columns when none.
 */
const SESSION_PAGE_QUERY = `
  SELECT u.id AS user_id, u.role, u.household_id, u.municipality_id,
         c.entity, c.id, c.seq, c.deleted, c.data
  FROM sessions s
  JOIN users u ON u.id = s.user_id
  LEFT JOIN LATERAL (${pageOf('u.household_id', "CASE WHEN u.role = 'caregiver' THEN u.municipality_id END", '$3', '$4')}) c ON true
  WHERE s.token_hash = $1 AND s.expires_at > $2
  ORDER BY c.seq`

interface SessionChangeRow extends Omit<ChangeRow, 'entity' | 'id' | 'seq'> {
  user_id: string
  role: Principal['role']
  household_id: string | null
  municipality_id: string
  entity: EntityName | null
  id: string | null
  seq: string | number | null
}

function pageFrom(rows: readonly ChangeRow[], after: string, limit: number): SyncResponse {
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

export async function changesSince(
  db: Queryable,
  scope: FeedScope,
  cursor: string | undefined,
  limit = DEFAULT_PAGE_SIZE,
): Promise<SyncResponse> {
  const after = cursor ?? '0'
  const rows = await db.query<ChangeRow>(PAGE_QUERY, [scope.householdId, scope.municipalityId, after, limit + 1])
  return pageFrom(rows, after, limit)
}

/** The session's principal and its page of changes after `cursor`; null when the session is unknown or over. */
export async function sessionChangesSince(
  db: Queryable,
  session: { tokenHash: string; now: string },
  cursor: string | undefined,
  limit = DEFAULT_PAGE_SIZE,
): Promise<{ principal: Principal; page: SyncResponse } | null> {
  const after = cursor ?? '0'
  const rows = await db.query<SessionChangeRow>(
    SESSION_PAGE_QUERY,
    [session.tokenHash, session.now, after, limit + 1],
    'session_changes_since',
  )
  const [first] = rows
  if (!first) return null
  const principal: Principal = {
    userId: first.user_id,
    role: first.role,
    householdId: first.household_id,
    municipalityId: first.municipality_id,
  }
  const changes = rows.filter((row): row is SessionChangeRow & ChangeRow => row.seq !== null)
  return { principal, page: pageFrom(changes, after, limit) }
}

/**
 * The page as an app of `protocol` can read it: what a later version added is left out, and the cursor
 * still moves past it. Such an app gets it after it updates, when it pulls again from the start. Messages
 * are worded for apps from before messages came as facts alone.
 */
export function readableIn(page: SyncResponse, protocol: number): SyncResponse {
  const readable = page.changes.filter((change) => entityReadableIn(change.entity, protocol))
  if (protocol >= MESSAGES_AS_FACTS_SINCE)
    return readable.length === page.changes.length ? page : { ...page, changes: readable }
  const changes = readable.map((change) =>
    change.entity === 'message' && change.data
      ? { ...change, data: messageForProtocol1(change.data as Message) }
      : change,
  )
  return { ...page, changes }
}
