// Opens the database the configuration names: PostgreSQL when DATABASE_URL is set, else PGlite.
import type { ServerConfig } from '../config'
import type { Database } from './database'
import { openPglite } from './pglite'
import { openPostgres } from './postgres'

/** The embedded database keeps its files here unless this says to keep them in memory. */
export const IN_MEMORY = 'memory://'

/** Opens it, not yet migrated: the server migrates it while its probes already answer. */
export async function openDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  return config.databaseUrl
    ? await openPostgres({ url: config.databaseUrl })
    : await openPglite(config.dataDir === IN_MEMORY ? {} : { dataDir: config.dataDir })
}
