// Dexie and the database's schema load after the first screen's reads (firstRead.ts) have started: the
// first module that needs the live database loads it, and the first screen's own connection then goes.
import type { PusteromDatabase } from './database'
import { firstRead } from './firstRead'

let loading: Promise<PusteromDatabase> | undefined
let loaded: PusteromDatabase | undefined

export function loadDatabase(): Promise<PusteromDatabase> {
  return (loading ??= import('./database').then(({ db }) => {
    firstRead.handOver()
    loaded = db
    return db
  }))
}

/** The live database once it has loaded; until then a read goes through firstRead. */
export const databaseIfLoaded = (): PusteromDatabase | undefined => loaded

/** The rule for every read the first screen makes: before Dexie, the first read; Dexie when it cannot. */
export async function readBeforeDatabase<T>(
  first: () => Promise<T | undefined>,
  live: (database: PusteromDatabase) => Promise<T>,
): Promise<T> {
  const database = databaseIfLoaded()
  if (database) return live(database)
  const answer = await first()
  return answer === undefined ? live(await loadDatabase()) : answer
}
