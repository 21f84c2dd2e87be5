// Opens the database the configuration names: PostgreSQL when DATABASE_URL is set, else PGlite.
import type { Database } from './database'
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

/** Opens it, not yet migrated: the server migrates it while its probes already answer. */
export async function openDatabase(config: DatabaseLocation): Promise<Database> {
  return config.databaseUrl
    ? await openPostgres({ url: config.databaseUrl })
    : await openPglite(config.dataDir === IN_MEMORY ? {} : { dataDir: config.dataDir })
}
