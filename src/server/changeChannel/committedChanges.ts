// The notices the database sends when records change (migration 0023): on which channel, and what
// one says: whose records changed, how far the change sequence got, and which kinds of record.
import { EntityName } from '../../protocol'
import type { Queryable } from '../storage/database'

export interface CommittedChange {
  municipalityId: string
  /** Null for what the whole municipality shares (places, its own record). */
  householdId: string | null
  /** The highest number the change took in the change sequence. */
  cursor: string
  kinds: EntityName[]
}

/** The channel this database's records are told on: one per schema, as migration 0023 names it. */
export async function changeNoticeChannel(db: Queryable): Promise<string> {
  const [row] = await db.query<{ channel: string }>('SELECT change_notice_channel(current_schema()) AS channel')
  if (!row) throw new Error('the change channel has no name')
  return row.channel
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** What a notice says, or null when it is not one the trigger writes. */
export function readCommittedChange(payload: string): CommittedChange | null {
  const [municipalityId, household, cursor, entities, ...rest] = payload.split(' ')
  if (rest.length > 0 || !municipalityId || !UUID.test(municipalityId) || !household || !cursor || !entities)
    return null
  if (household !== '-' && !UUID.test(household)) return null
  if (!/^\d{1,18}$/.test(cursor)) return null
  const kinds = entities.split(',').filter((entity): entity is EntityName => EntityName.safeParse(entity).success)
  return { municipalityId, householdId: household === '-' ? null : household, cursor, kinds }
}
