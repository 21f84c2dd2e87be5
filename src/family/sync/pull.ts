// Brings the server's changes since the device's cursor, page by page; each page and the cursor after
// it are written in one transaction, with the effects of unsent actions laid back on top.
import type { PusteromDatabase } from '../db/database'
import { tableOfEntity } from '../db/database'
import { liveQueryHold } from '../db/liveQueryHold'
import { outboxTables, reapplyPendingEffects, writeAcknowledged } from '../db/outbox'
import { PROTOCOL_VERSION, type EntityName, type SyncResponse } from '../../protocol'
import { routeLabel, type ApiClient } from '../../protocol/apiClient'
import { syncRoutes } from '../../protocol/routes/syncRoutes'
import { ApiError } from '../../protocol/apiError'
import { readableRows, type PageRows } from './readableRows'

const CURSOR_KEY = 'cursor'
/** The protocol version of the app that pulled up to the cursor: it left out what it could not read. */
const PULLED_UNDER_KEY = 'pulledUnderProtocol'
const PULL = routeLabel(syncRoutes.pullChanges)

export async function readCursor(db: PusteromDatabase): Promise<string | null> {
  return ((await db.syncState.get(CURSOR_KEY))?.value as string | undefined) ?? null
}

/**
 * Where to pull from: the cursor, unless an older version of the app pulled up to it (or one from before
 * versions were noted). What that one could not read, or the server left out for it, is in the feed
 * behind the cursor: the device's data is older than what the server has, so it is pulled again whole.
 */
async function pullFrom(db: PusteromDatabase): Promise<string | null> {
  const pulledUnder = (await db.syncState.get(PULLED_UNDER_KEY))?.value
  return typeof pulledUnder === 'number' && pulledUnder >= PROTOCOL_VERSION ? readCursor(db) : null
}

/** Pulls until the server says there is no more; returns the kinds of record that changed. */
export async function pullChanges(
  db: PusteromDatabase,
  api: ApiClient,
  signal: AbortSignal,
  pageSize?: number,
): Promise<Set<EntityName>> {
  let cursor = await pullFrom(db)
  const received = new Set<EntityName>()
  const pull = (after: string | null) =>
    api.call(syncRoutes.pullChanges, { query: { cursor: after ?? undefined, limit: pageSize }, signal })
  let next = arriving(pull(cursor))
  try {
    for (;;) {
      // Waiting on the network, the screens catch up with what is written so far.
      if (!next.arrived) releaseLiveQueries()
      const page = await next.page
      const { rows, entities } = readableRows(page.changes)
      if (page.hasMore && page.cursor === cursor)
        throw new ApiError('malformed', `${PULL}: more pages promised but the cursor did not move`)
      if (signal.aborted) throw new ApiError('aborted', 'pull stopped')
      // The next page travels while this one is written: a first sync waits on the server or on the
      // device's database, not on both in turn. Writing still goes page by page, each with its cursor.
      if (page.hasMore) {
        next = arriving(pull(page.cursor))
        // Pages written back to back: the screens read again once, not after each of them.
        liveQueryHold.paused ??= new Set()
      }
      await applyPage(db, rows, page.cursor, !page.hasMore)
      for (const entity of entities) received.add(entity)
      if (!page.hasMore) return received
      cursor = page.cursor
    }
  } finally {
    releaseLiveQueries()
  }
}

/** Ends a hold: every query that saw a change during it reads the device again. */
function releaseLiveQueries(): void {
  const paused = liveQueryHold.paused
  delete liveQueryHold.paused
  for (const resume of paused ?? []) resume()
}

/** A page on its way, and whether it has come. */
function arriving(page: Promise<SyncResponse>): { page: Promise<SyncResponse>; arrived: boolean } {
  const next = { page, arrived: false }
  // Its failure (or a stop) is met when it is awaited, or not at all if a write fails first.
  page.then(
    () => {
      next.arrived = true
    },
    () => undefined,
  )
  return next
}

async function applyPage(db: PusteromDatabase, rows: PageRows, cursor: string, last: boolean): Promise<void> {
  const tables = [...new Set([...outboxTables(db), ...Object.values(tableOfEntity).map((name) => db.table(name))])]
  await db.transaction('rw', tables, async () => {
    await reapplyPendingEffects(db, {
      serverTruthChanged: async () => {
        for (const [table, byId] of rows) {
          const puts = [...byId.values()].filter((row) => row !== null)
          const deletes = [...byId].filter(([, row]) => row === null).map(([id]) => id)
          if (puts.length > 0) await db.table(table).bulkPut(puts)
          if (deletes.length > 0) await db.table(table).bulkDelete(deletes)
        }
        await db.syncState.bulkPut([
          { key: CURSOR_KEY, value: cursor },
          { key: PULLED_UNDER_KEY, value: PROTOCOL_VERSION },
        ])
        // After the last page the server's data includes every mutation it had acknowledged.
        if (last) await writeAcknowledged(db, [])
      },
    })
  })
}
