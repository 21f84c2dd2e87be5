// The device's database can vanish under a running app: the browser evicts a site's data (Safari after days
// unused, unless the app is on the Home Screen; any browser short of space) or someone clears it. The open
// tab still holds the session in memory: it puts it back, the next pass fetches everything from the server,
// and the family is told, with the changes that were not sent yet and are gone with the database.
import { liveQuery } from 'dexie'
import type { PusteromDatabase } from '../db/database'
import { pendingCount } from '../db/outboxQueries'
import { RESTORED_KEY, type RestoredNotice } from '../db/restoredNotice'
import { isoNow, type Clock } from '../../domain/clock'
import { SESSION_KEY, readSession, type StoredSession } from './sessionOnDevice'

/** Left by a sign-out in any tab (localStorage outlives the database), so no tab puts that session back. */
const SIGNED_OUT_KEY = 'pusterom:signed-out'

type Marks = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export interface SessionKeeper {
  /** The session last seen on the device, with the changes then waiting to be sent. */
  held(): { session: StoredSession; unsent: number } | null
  /** Puts the kept session back when the database has none; true when it did. Call while no tab syncs. */
  restoreIfVanished(): Promise<boolean>
  /** Signing out (call before the database is deleted): nothing is put back, in this tab or another. */
  signingOut(): void
  signedIn(): void
  stop(): void
}

/**
 * A database closed under the app stays closed: Chromium aborts its connection when the site's data is
 * cleared, and Dexie keeps that failure for every later query. Opened again, it is the new, empty one.
 */
export async function reopenIfClosedUnder(db: PusteromDatabase): Promise<void> {
  if (!db.hasFailed()) return
  db.close({ disableAutoOpen: false })
  await db.open()
}

export function keepSessionInMemory(
  db: PusteromDatabase,
  clock: Clock,
  marks: Marks | undefined = globalThis.localStorage,
): SessionKeeper {
  let kept: { session: StoredSession; unsent: number } | null = null
  const watching = liveQuery(async () => ({
    session: await readSession(db),
    unsent: await pendingCount(db),
  })).subscribe({
    // A database that comes back empty reads as no session: what was kept stays for restoreIfVanished.
    next: ({ session, unsent }) => {
      if (session) kept = { session, unsent }
    },
    error: () => undefined,
  })
  const mark = (write: (marks: Marks) => void) => {
    try {
      if (marks) write(marks)
    } catch {
      // Storage refused (private browsing): the kept session is still forgotten in this tab.
    }
  }
  const signedOutSomewhere = () => {
    try {
      return marks?.getItem(SIGNED_OUT_KEY) != null
    } catch {
      return false
    }
  }
  return {
    held: () => kept,
    async restoreIfVanished() {
      if (!kept || signedOutSomewhere() || (await readSession(db))) return false
      const notice: RestoredNotice = { at: isoNow(clock), unsent: kept.unsent }
      await db.meta.bulkPut([
        { key: SESSION_KEY, value: kept.session },
        { key: RESTORED_KEY, value: notice },
      ])
      return true
    },
    signingOut() {
      kept = null
      mark((storage) => storage.setItem(SIGNED_OUT_KEY, '1'))
    },
    signedIn() {
      mark((storage) => storage.removeItem(SIGNED_OUT_KEY))
    },
    stop() {
      watching.unsubscribe()
    },
  }
}
