// Ask the browser to keep our data when space runs low, and remember its answer for the UI.
import type { PusteromDatabase } from './database'
import { writeMeta } from './meta'

export type PersistenceState = 'granted' | 'refused' | 'unsupported'

export async function requestPersistentStorage(
  database: PusteromDatabase,
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<PersistenceState> {
  let state: PersistenceState = 'unsupported'
  if (storage?.persist) {
    const already = storage.persisted ? await storage.persisted() : false
    state = already || (await storage.persist()) ? 'granted' : 'refused'
  }
  await writeMeta(database, 'persistentStorage', state)
  return state
}
