// Ask the browser to keep our data when space runs low, and remember its answer for the UI.
import type { PusteromDatabase } from './database'
import { readMeta, writeMeta } from './meta'

export type PersistenceState = 'granted' | 'refused' | 'unsupported'

const PERSISTENCE_KEY = 'persistentStorage'

/** The browser's last answer, or undefined before it was asked on this device. */
export function readPersistenceState(database: PusteromDatabase): Promise<PersistenceState | undefined> {
  return readMeta<PersistenceState>(database, PERSISTENCE_KEY)
}

export async function requestPersistentStorage(
  database: PusteromDatabase,
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<PersistenceState> {
  let state: PersistenceState = 'unsupported'
  if (storage?.persist) {
    const already = storage.persisted ? await storage.persisted() : false
    state = already || (await storage.persist()) ? 'granted' : 'refused'
  }
  await writeMeta(database, PERSISTENCE_KEY, state)
  return state
}
