// The embedded database: PostgreSQL compiled to WebAssembly, on disk in DATA_DIR or in memory.
import { once } from 'node:events'
import { existsSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
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

// PostgreSQL's default 128 MB of shared buffers lives in the WebAssembly heap, which never shrinks:
// it was a third of the idle server's memory. The data is small; the OS caches the files anyway.
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB']

// A worker thread loads PGlite by its file's path: an evaluated script resolves no package names.
const CREATE_CLUSTER = `
  const { workerData } = require('node:worker_threads')
  const { PGlite } = require(workerData.pglite)
  const pglite = new PGlite({ dataDir: workerData.dataDir, startParams: workerData.startParams })
  pglite.waitReady.then(() => pglite.close())
`

/**
 * A new data directory is made in a worker thread: PGlite's initdb holds some 500 MB while it works,
 * which the server would otherwise keep until a garbage collection it may not see for hours.
 */
async function createClusterApart(dataDir: string): Promise<void> {
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) return
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite')
  const worker = new Worker(CREATE_CLUSTER, { eval: true, workerData: { dataDir, pglite, startParams: START_PARAMS } })
  const [code] = (await once(worker, 'exit')) as [number]
  if (code !== 0)
    throw new Error(`Creating the embedded database in ${dataDir} failed (its worker exited with ${code})`)
}

export async function openPglite(options: PgliteOptions = {}): Promise<Database & { pglite: PGlite }> {
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true })
    await createClusterApart(options.dataDir)
  }
  // The one-object form: `new PGlite(undefined, options)` ignores the options.
  const pglite = new PGlite({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    startParams: START_PARAMS,
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
