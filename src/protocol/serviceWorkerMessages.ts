// Messages between the page and the service worker.
export const SKIP_WAITING = 'SKIP_WAITING'
/** The service worker asks open pages to sync now (a push said there is news); src/family/sync listens for it. */
export const SYNC_REQUEST = 'pusterom:sync'
/** The browser replaced the push subscription: open pages tell the server the new one (the worker holds no session). */
export const PUSH_SUBSCRIPTION_CHANGED = 'pusterom:push-subscription-changed'
