// What of a feed page this app can store: the records of entities it knows, in shapes its schemas accept.
// A server newer than the app may send more (a new entity, a new state): that is left out, not refused,
// so the app keeps syncing the rest; once the app is updated it pulls again from the start and gets it.
import { tableOfEntity } from '../db/database'
import { entitySchemas, type EntityName, type FeedChange } from '../../protocol'

type TableName = (typeof tableOfEntity)[keyof typeof tableOfEntity]
/** Per table, the latest row of each id in the page; null is a deletion. */
export type PageRows = Map<TableName, Map<string, { id: string } | null>>

const knows = (entity: string): entity is EntityName => Object.hasOwn(tableOfEntity, entity)

/** Every record is checked against its schema before any of the page is written. */
export function readableRows(changes: readonly FeedChange[]): { rows: PageRows; entities: Set<EntityName> } {
  const rows: PageRows = new Map()
  const entities = new Set<EntityName>()
  for (const change of changes) {
    if (!knows(change.entity)) continue
    let row: { id: string } | null = null
    if (!change.deleted) {
      const parsed = entitySchemas[change.entity].safeParse(change.data)
      // The version this app last read stays: a record it cannot read is not one it may drop.
      if (!parsed.success || parsed.data.id !== change.id) continue
      row = parsed.data
    }
    const table = tableOfEntity[change.entity]
    const ofTable = rows.get(table) ?? new Map<string, { id: string } | null>()
    ofTable.set(change.id, row)
    rows.set(table, ofTable)
    entities.add(change.entity)
  }
  return { rows, entities }
}
