// Small device settings kept in the `meta` table.
import type { PusteromDatabase } from './database'

export async function readMeta<T>(database: PusteromDatabase, key: string): Promise<T | undefined> {
  const row = await database.meta.get(key)
  return row?.value as T | undefined
}

export async function writeMeta<T>(database: PusteromDatabase, key: string, value: T): Promise<void> {
  await database.meta.put({ key, value })
}
