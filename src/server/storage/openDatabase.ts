// Opens the database the configuration names (PostgreSQL when DATABASE_URL is set, else PGlite) and migrates it.
import type { Database } from './database'
import { migrate } from './migrate'
import { openPglite } from './pglite'
import { openPostgres } from './postgres'

/** The embedded database keeps its files here unless this says to keep them in memory. */
export const IN_MEMORY = 'memory://'

/** Where the database is: the server's configuration (DATABASE_URL, DATA_DIR) carries both. */
export interface DatabaseLocation {
  /** A PostgreSQL URL; when set it is used instead of the embedded database. */
  databaseUrl: string | null
  /** Where the embedded database keeps its files, or IN_MEMORY. */
  dataDir: string
}

export async function openDatabase(config: DatabaseLocation): Promise<Database> {
  const db = config.databaseUrl
    ? await openPostgres({ url: config.databaseUrl })
    : await openPglite(config.dataDir === IN_MEMORY ? {} : { dataDir: config.dataDir })
  await migrate(db)
  return db
}
