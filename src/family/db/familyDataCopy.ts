// The family's own copy of everything this device holds for them, as one JSON document in the format the
// README describes ("The family's copy of its data"): named and versioned so another program can read it.
import type { PusteromDatabase } from './database'

const SESSION_KEY = 'session'
/** The pull cursor and the time of the last sync: the device's bookkeeping, nothing about the family. */
const BOOKKEEPING = new Set(['syncState'])

export const FAMILY_DATA_FORMAT = 'pusterom-family-data'
export const FAMILY_DATA_VERSION = 1

export interface FamilyDataCopy {
  format: typeof FAMILY_DATA_FORMAT
  version: typeof FAMILY_DATA_VERSION
  exportedAt: string
  tables: Record<string, unknown[]>
}

/** Every table of the family's data, read in one transaction; the session (its token opens the family's account) is left out. */
export async function readFamilyDataCopy(database: PusteromDatabase, exportedAt: string): Promise<FamilyDataCopy> {
  return database.transaction('r', database.tables, async () => {
    const tables: Record<string, unknown[]> = {}
    for (const table of database.tables) {
      if (BOOKKEEPING.has(table.name)) continue
      const rows: unknown[] = await table.toArray()
      tables[table.name] =
        table.name === 'meta' ? rows.filter((row) => (row as { key?: unknown }).key !== SESSION_KEY) : rows
    }
    return { format: FAMILY_DATA_FORMAT, version: FAMILY_DATA_VERSION, exportedAt, tables }
  })
}
