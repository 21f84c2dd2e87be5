// Messages between the page and the service worker.
export const SKIP_WAITING = 'SKIP_WAITING'
/** The service worker asks open pages to sync now (a push said there is news); src/family/sync listens for it. */
export const SYNC_REQUEST = 'pusterom:sync'
