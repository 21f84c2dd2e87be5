// Connects the browser's signals to the engine: network back, app shown again, a push from the
// municipality (relayed by the service worker), the device's own new changes, and its database closing.
import { liveQuery } from 'dexie'
import type { OutboxEntry, PusteromDatabase } from '../db/database'
import type { SyncEngine } from './engine'

/** What the service worker posts to open pages when a push says there is news to fetch. */
export const SYNC_REQUEST_MESSAGE = 'pusterom:sync'

export function attachBrowserTriggers(engine: SyncEngine, db: PusteromDatabase, target: Window = window): () => void {
  const online = () => engine.trigger('online')
  const offline = () => engine.wentOffline()
  const visible = () => {
    if (target.document.visibilityState === 'visible') engine.trigger('visible')
  }
  const fromServiceWorker = (event: MessageEvent) => {
    if ((event.data as { type?: unknown } | null)?.type === SYNC_REQUEST_MESSAGE) engine.trigger('push')
  }
  // The database closed under the app (evicted, cleared, deleted by a sign-out elsewhere): a pass finds out
  // which, and fetches everything again if it vanished. Not while hidden: the back/forward cache closes it too.
  const closed = () => {
    if (target.document.visibilityState === 'visible') engine.trigger('start')
  }
  db.on('close', closed)
  target.addEventListener('online', online)
  target.addEventListener('offline', offline)
  target.document.addEventListener('visibilitychange', visible)
  target.navigator.serviceWorker?.addEventListener('message', fromServiceWorker)

  // A family action lands in the outbox: send it without waiting for the timer.
  let newest: number | null = null
  const outbox = liveQuery(() => addedSince(db, newest)).subscribe({
    next: (added) => {
      newest = added.at(-1)?.seq ?? newest ?? 0
      // The first read sees only the newest entry, which may be a change made while the watcher started:
      // anything in the outbox is unsent, so it is worth a sync (a trigger during a run is coalesced).
      if (added.length === 0) return
      engine.trigger(added.some(isChangeRequest) ? 'changeRequest' : 'localChange')
    },
    error: () => undefined, // the database went away (sign-out); nothing to send
  })

  return () => {
    target.removeEventListener('online', online)
    target.removeEventListener('offline', offline)
    target.document.removeEventListener('visibilitychange', visible)
    target.navigator.serviceWorker?.removeEventListener('message', fromServiceWorker)
    db.on('close').unsubscribe(closed)
    outbox.unsubscribe()
  }
}

/** The entries added after `seq`; at first only the newest, to know where the outbox stands. */
function addedSince(db: PusteromDatabase, seq: number | null): Promise<OutboxEntry[]> {
  if (seq === null) return db.outbox.orderBy('seq').reverse().limit(1).toArray()
  return db.outbox.where('seq').above(seq).toArray()
}

function isChangeRequest(entry: OutboxEntry): boolean {
  return entry.name === 'requestCancellation' || entry.name === 'requestTimeChange'
}
