// Ask once per start for persistent storage, so the family's data isn't evicted under pressure.
import { db } from '../db/database'
import { requestPersistentStorage } from '../db/persistentStorage'

export function installStorage(): void {
  requestPersistentStorage(db).catch((error: unknown) => console.warn('Could not ask for persistent storage', error))
}
