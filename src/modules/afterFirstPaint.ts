// Waits until the first screen has had its chance to paint: work it does not need (the sync engine and
// its schemas, notices, the later texts, the service worker) must not compete with it for a slow phone's
// main thread. The database reads behind the first screen leave the thread idle in between, so an idle
// moment alone comes too early: the wait also lasts until FIRST_SCREEN_MS after the page began to load.
const FIRST_SCREEN_MS = 1500

export const afterFirstPaint = () =>
  new Promise<void>((resolve) =>
    setTimeout(
      // Where there is no requestIdleCallback (Safari), the time alone.
      () => ('requestIdleCallback' in self ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : resolve()),
      FIRST_SCREEN_MS - performance.now(),
    ),
  )
