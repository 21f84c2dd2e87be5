// Puts records straight into the app's IndexedDB database, as if the sync engine had stored them, and reads them back.
import type { RunsInPage } from './runsInPage'
import type { KeyValue, OutboxEntry } from '../../../src/family/db/database'
import type { Place, Recipient, Stay } from '../../../src/protocol'
import type { StoredSession } from '../../../src/family/sync/session'
import { anId } from '../../support/builders'

export const DATABASE_NAME = 'pusterom'

/** Records by the app's own Dexie table names (src/family/db/database.ts). */
export interface DeviceRecords {
  places?: Place[]
  recipients?: Recipient[]
  stays?: Stay[]
  outbox?: OutboxEntry[]
  meta?: KeyValue[]
  syncState?: KeyValue[]
}

/** The mark the sync engine leaves after a finished sync: without it an empty device means "not loaded yet". */
export function aFinishedSync(at = new Date().toISOString()): KeyValue {
  return { key: 'lastSyncedAt', value: at }
}

/** A change made on the phone and not yet sent: here, reading a message. */
export function anUnsentChange(): OutboxEntry {
  return {
    id: crypto.randomUUID(),
    name: 'markMessageRead',
    args: { messageId: anId(), at: new Date().toISOString() },
    createdAt: new Date().toISOString(),
    attempts: 0,
    lastError: null,
  }
}

/**
 * A session as sign-in leaves it on the device (src/family/sync/session.ts), so a test can start signed in
 * without a server that knows the token: sync then fails politely and the device's data stays.
 */
export function aSignedInSession(overrides: Partial<StoredSession> = {}): KeyValue<StoredSession> {
  const session: StoredSession = {
    token: 'e2e-token-that-no-server-knows-0000000000',
    expiresAt: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
    user: { id: anId(), name: 'Kari Nordmann', role: 'caregiver', householdId: anId(), municipalityId: anId() },
    ...overrides,
  }
  return { key: 'session', value: session }
}

/** The app must have opened its database first: the schema is the app's, never made up here. */
export async function putOnDevice(page: RunsInPage, records: DeviceRecords): Promise<void> {
  await page.evaluate(
    async ({ name, records }) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onupgradeneeded = () => {
          request.transaction?.abort()
          reject(new Error(`The app has not created its database "${name}" yet`))
        }
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'))
      })
      try {
        const tables = Object.keys(records)
        const missing = tables.filter((table) => !database.objectStoreNames.contains(table))
        if (missing.length > 0) throw new Error(`The app's database has no table ${missing.join(', ')}`)
        const transaction = database.transaction(tables, 'readwrite')
        for (const [table, rows] of Object.entries(records)) {
          for (const row of rows as object[]) transaction.objectStore(table).put(row)
        }
        await new Promise<void>((resolve, reject) => {
          transaction.oncomplete = () => resolve()
          transaction.onerror = () => reject(transaction.error ?? new Error('the write failed'))
          transaction.onabort = () => reject(transaction.error ?? new Error('the write was aborted'))
        })
      } finally {
        database.close()
      }
    },
    { name: DATABASE_NAME, records },
  )
}

/** Every row of one of the app's tables on the phone. */
export function onDevice<T>(page: RunsInPage, table: string): Promise<T[]> {
  return page.evaluate(
    ({ name, table }) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(name)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const all = open.result.transaction(table).objectStore(table).getAll()
          all.onsuccess = () => {
            resolve(all.result as T[])
            open.result.close()
          }
          all.onerror = () => reject(all.error)
        }
      }),
    { name: DATABASE_NAME, table },
  )
}
