// For a test file that runs server processes over one PostgreSQL: a schema of its own, the VAPID keys
// made once beforehand (processes starting together would race to make them), and every process it
// started stopped (or killed) afterwards.
import { afterAll, beforeAll } from 'vitest'
import { loadVapidKeys } from '../../../src/server/push/vapidKeys'
import type { Database } from '../../../src/server/storage/database'
import { startServerChild, type ServerChild, type ServerChildOptions } from './serverChildProcess'
import { openPostgresSchemaForTest } from './testDatabase'

export interface ProcessesOverOneSchema {
  db(): Database & { schema: string }
  /** Starts one more server process over the schema. */
  start(options?: ServerChildOptions): Promise<ServerChild>
}

/** `TEST_DATABASE_URL` must be set for the file's tests to run (they skip without it). */
export function useProcessesOverOneSchema(afterwards: 'stop' | 'kill' = 'stop'): ProcessesOverOneSchema {
  const url = process.env.TEST_DATABASE_URL
  let db: (Database & { schema: string }) | undefined
  const children: ServerChild[] = []
  beforeAll(async () => {
    if (!url) return
    db = await openPostgresSchemaForTest(url)
    await loadVapidKeys(db, {})
  }, 60_000)
  afterAll(async () => {
    for (const child of children) await (afterwards === 'stop' ? child.stop() : child.kill())
    await db?.close()
  })
  return {
    db: () => {
      if (!db) throw new Error('no schema: TEST_DATABASE_URL is not set')
      return db
    },
    async start(options) {
      const child = await startServerChild(url!, db!.schema, options)
      children.push(child)
      return child
    },
  }
}
