// The family's own copy of everything this device holds for them, as one JSON document.
import type { PusteromDatabase } from './database'

const SESSION_KEY = 'session'

export interface FamilyDataCopy {
  exportedAt: string
  tables: Record<string, unknown[]>
}

/** Every table, read in one transaction; the session (its token opens the family's account) is left out. */
export async function readFamilyDataCopy(database: PusteromDatabase, exportedAt: string): Promise<FamilyDataCopy> {
  return database.transaction('r', database.tables, async () => {
    const tables: Record<string, unknown[]> = {}
    for (const table of database.tables) {
      const rows: unknown[] = await table.toArray()
      tables[table.name] =
        table.name === 'meta' ? rows.filter((row) => (row as { key?: unknown }).key !== SESSION_KEY) : rows
    }
    return { exportedAt, tables }
  })
}
