// A family's device for benchmarks: its own Dexie database (on fake-indexeddb, which the script
// imports first), the real API client and sync engine against a server on loopback.
import { PusteromDatabase } from '../../../src/family/db/database'
import { createApiClient, type ApiClient } from '../../../src/protocol/apiClient'
import { systemClock } from '../../../src/domain/clock'
import { SyncEngine } from '../../../src/family/sync/engine'
import { currentToken, signIn } from '../../../src/family/sync/session'
import { readSession } from '../../../src/family/sync/sessionOnDevice'

export interface BenchDevice {
  db: PusteromDatabase
  api: ApiClient
  engine: SyncEngine
  /** Stops the engine and deletes the device's database. */
  close(): Promise<void>
}

let devices = 0

export async function aSignedInDevice(
  baseUrl: string,
  username: string,
  password: string,
  fetch?: typeof globalThis.fetch,
): Promise<BenchDevice> {
  devices += 1
  const db = new PusteromDatabase(`bench-${process.pid}-${devices}`)
  await db.open()
  const api = createApiClient({ baseUrl, token: () => currentToken(db, systemClock), fetch, timeoutMs: 120_000 })
  await signIn({ db, api, clock: systemClock }, username, password)
  const engine = new SyncEngine({
    db,
    api,
    clock: systemClock,
    isOnline: () => true,
    hasSession: async () => (await readSession(db)) !== null,
  })
  return {
    db,
    api,
    engine,
    async close() {
      await engine.stop()
      db.close()
      await PusteromDatabase.delete(db.name)
    },
  }
}

/** Starts the engine (its first sync) and resolves when that sync is over, throwing if it failed. */
export async function firstSync(device: BenchDevice): Promise<void> {
  const done = new Promise<void>((resolve, reject) => {
    let started = false
    const unsubscribe = device.engine.subscribe((status) => {
      if (status.phase === 'syncing') started = true
      else if (started) {
        queueMicrotask(() => unsubscribe())
        if (status.phase === 'upToDate') resolve()
        else reject(new Error(`the first sync ended ${status.phase} (${status.problem ?? 'no problem named'})`))
      }
    })
  })
  device.engine.start()
  await done
}

/** One more sync through the engine; throws unless it ended up to date. */
export async function syncAgain(device: BenchDevice): Promise<void> {
  const status = await device.engine.syncNow()
  if (status.phase !== 'upToDate')
    throw new Error(`the sync ended ${status.phase} (${status.problem ?? 'no problem named'})`)
}
