// A page kept in the back-forward cache must not keep the database. WebKit freezes such a page with its
// unfinished transactions, and they hold their tables until the page is evicted: a medicine saved on the next
// page waited for good behind a read the page before had begun. Going into that cache, the page aborts what it
// still runs (a write among it fails as it would offline, and says so) and lets the connection go; Dexie opens
// it again on the next query if the page comes back.
import type Dexie from 'dexie'

export function releaseDatabaseOnPageHide(db: Dexie, page: Pick<Window, 'addEventListener'> = window): void {
  const unfinished = new Set<IDBTransaction>()
  db.use({
    stack: 'dbcore',
    name: 'releaseOnPageHide',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const transaction = down.transaction(stores, mode, options)
        const native = transaction as unknown as IDBTransaction // Dexie's IndexedDB core hands out the browser's own
        unfinished.add(native)
        const finished = () => unfinished.delete(native)
        for (const end of ['complete', 'abort', 'error']) native.addEventListener(end, finished)
        return transaction
      },
    }),
  })
  page.addEventListener('pagehide', (event) => {
    if (!(event as PageTransitionEvent).persisted) return
    for (const transaction of unfinished) {
      try {
        transaction.abort()
      } catch {
        // It finished meanwhile.
      }
    }
    unfinished.clear()
    db.close({ disableAutoOpen: false })
  })
}
