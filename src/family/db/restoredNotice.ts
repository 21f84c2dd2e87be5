// The note left when the device's database had vanished under the running app and was filled again from
// the server: kept until the family has read it.
import type { PusteromDatabase } from './database'
import { readMeta } from './meta'

export const RESTORED_KEY = 'restoredFromServer'

export interface RestoredNotice {
  /** When the app found its database gone (ISO instant). */
  at: string
  /** Changes made on this device and not yet sent when it was last seen: gone with the database. */
  unsent: number
}

export function readRestoredNotice(db: PusteromDatabase): Promise<RestoredNotice | undefined> {
  return readMeta<RestoredNotice>(db, RESTORED_KEY)
}

export async function dismissRestoredNotice(db: PusteromDatabase): Promise<void> {
  await db.meta.delete(RESTORED_KEY)
}
