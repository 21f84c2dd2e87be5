// The embedded database: PostgreSQL compiled to WebAssembly, on disk in DATA_DIR or in memory.
import { mkdirSync } from 'node:fs'
import { PGlite, type Transaction } from '@electric-sql/pglite'
import type { Database, Queryable } from './database'

export interface PgliteOptions {
  /** A directory to keep the data in; none keeps it in memory (tests). */
  dataDir?: string
  /** A data directory dumped by `dumpDataDir`, to start from instead of an empty cluster (fast tests). */
  loadDataDir?: Blob
}

function queryable(target: PGlite | Transaction): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await target.query<Row>(sql, [...params])).rows
    },
    async exec(sql: string) {
      await target.exec(sql)
    },
  }
}

export async function openPglite(options: PgliteOptions = {}): Promise<Database & { pglite: PGlite }> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true })
  // The one-object form: `new PGlite(undefined, options)` ignores the options.
  const pglite = new PGlite({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    // PostgreSQL's default 128 MB of shared buffers lives in the WebAssembly heap, which never shrinks:
    // it was a third of the idle server's memory. The data is small; the OS caches the files anyway.
    startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'],
  })
  await pglite.waitReady
  return {
    kind: 'pglite',
    pglite,
    ...queryable(pglite),
    transaction: (work) => pglite.transaction((tx) => work(queryable(tx))),
    // One process, one connection: what it commits, it hears itself, and the connection is never lost.
    async listen(channel, listener) {
      const unlisten = await pglite.listen(channel, (payload) => listener.notice(payload))
      return async () => {
        if (!pglite.closed) await unlisten()
      }
    },
    close: () => pglite.close(),
  }
}
