// Messages between the page and the service worker.
export const SKIP_WAITING = 'SKIP_WAITING'
