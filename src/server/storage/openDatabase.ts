// Opens the database the configuration names (PostgreSQL when DATABASE_URL is set, else PGlite) and migrates it.
import type { ServerConfig } from '../config'
import type { Database } from './database'
import { migrate } from './migrate'
import { openPglite } from './pglite'
import { openPostgres } from './postgres'

/** The embedded database keeps its files here unless this says to keep them in memory. */
export const IN_MEMORY = 'memory://'

export async function openDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  const db = config.databaseUrl
    ? await openPostgres({ url: config.databaseUrl })
    : await openPglite(config.dataDir === IN_MEMORY ? {} : { dataDir: config.dataDir })
  await migrate(db)
  return db
}
