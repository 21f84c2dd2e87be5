// The floors the browser benchmarks compare with, in the same run: a static page of the agenda's size
// precached by the app's own service worker (and the static page of any rendered screen), and a raw fetch
// of /sync with a Dexie bulkPut in a page.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { tableOfEntity } from '../../../src/family/db/database'

export const FLOOR_PAGE = 'bench-floor.html'
/** Dexie's browser build, copied into the served build: the app's CSP allows no inline script. */
export const FLOOR_DEXIE = 'bench-dexie.js'
/** An empty page of the app's origin for the sync floor: the app itself must not start, and sync, beside it. */
export const BLANK_PAGE = 'bench-blank.html'

export async function writeBlankPage(buildDir: string): Promise<void> {
  await writeFile(path.join(buildDir, BLANK_PAGE), '<!doctype html><html lang="nb"><title>floor</title></html>')
}

/**
 * A static page of the app's: the build's index.html with `appHtml` (a rendered #app) in place of the empty
 * one, its scripts fetched as module preloads but never run, and `extraHead` (more links) before </head>.
 */
export async function staticPageOf(buildDir: string, appHtml: string, extraHead = ''): Promise<string> {
  const index = await readFile(path.join(buildDir, 'index.html'), 'utf8')
  return index
    .replace(
      /<script type="module" crossorigin src="([^"]+)"><\/script>/g,
      '<link rel="modulepreload" crossorigin href="$1">',
    )
    .replace('</head>', () => `${extraHead}</head>`)
    .replace(/<div id="app"><\/div>/, () => appHtml)
}

/** The floor page: the agenda as rendered, its scripts fetched as module preloads but never run. */
export async function writeFloorPage(buildDir: string, agendaHtml: string): Promise<void> {
  await writeFile(path.join(buildDir, FLOOR_PAGE), await staticPageOf(buildDir, agendaHtml))
  // Precached by the same worker as the app: listed in its manifest next to index.html.
  const workerPath = path.join(buildDir, 'sw.js')
  const worker = await readFile(workerPath, 'utf8')
  const listed = worker.replace('{"revision":', `{"revision":"bench","url":"${FLOOR_PAGE}"},{"revision":`)
  if (listed === worker) throw new Error('could not find the precache manifest in sw.js')
  await writeFile(workerPath, listed)
}

/** The sync floor, in a page of the app's origin (BLANK_PAGE): fetch each /sync page, parse it, Dexie bulkPut per table. */
export async function rawSyncInPage(page: Page, token: string): Promise<number> {
  // From the app's own origin: the app's Content-Security-Policy allows no inline script.
  await page.addScriptTag({ url: `/${FLOOR_DEXIE}` })
  return page.evaluate(
    async ({ token, tables }) => {
      type Change = { entity: string; data: unknown }
      const DexieClass = (window as unknown as { Dexie: new (name: string) => any }).Dexie // eslint-disable-line @typescript-eslint/no-explicit-any -- the UMD global
      const db = new DexieClass('bench-floor')
      db.version(1).stores(Object.fromEntries(Object.values(tables).map((table) => [table, 'id'])))
      await db.open()
      const started = performance.now()
      let cursor: string | null = null
      for (;;) {
        const response: Response = await fetch(`/api/v1/sync${cursor === null ? '' : `?cursor=${cursor}`}`, {
          headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        })
        const body = (await response.json()) as { changes: Change[]; hasMore: boolean; cursor: string }
        const byTable = new Map<string, unknown[]>()
        for (const change of body.changes) {
          const table = tables[change.entity] as string
          const rows = byTable.get(table)
          if (rows) rows.push(change.data)
          else byTable.set(table, [change.data])
        }
        await db.transaction('rw', [...byTable.keys()], async () => {
          for (const [table, rows] of byTable) await db.table(table).bulkPut(rows)
        })
        if (!body.hasMore) break
        cursor = body.cursor
      }
      return performance.now() - started
    },
    { token, tables: tableOfEntity as Record<string, string> },
  )
}
