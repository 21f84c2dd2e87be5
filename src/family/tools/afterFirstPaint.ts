// Waits until the first screen has had its chance to paint: work it does not need (the sync engine and
// its schemas, notices, the later texts, the service worker) must not compete with it for a slow phone's
// main thread. Not an idle callback: the database reads behind the first screen leave the thread idle in
// between, so one comes too early. FIRST_SCREEN_MS after the page began to load, a slow phone has painted.
const FIRST_SCREEN_MS = 1500

export const afterFirstPaint = () =>
  new Promise<void>((resolve) => setTimeout(resolve, FIRST_SCREEN_MS - performance.now()))
