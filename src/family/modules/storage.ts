// Ask once per start for persistent storage, so the family's data isn't evicted under pressure.
import { loadDatabase } from '../db/loadDatabase'
import { requestPersistentStorage } from '../db/persistentStorage'

export function installStorage(): void {
  loadDatabase()
    .then((db) => requestPersistentStorage(db))
    .catch((error: unknown) => console.warn('Could not ask for persistent storage', error))
}
