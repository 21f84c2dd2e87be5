// Waits until the first screen has had its chance to paint: work it does not need (the sync engine and
// its schemas, notices, the later texts, the service worker) must not compete with it for a slow phone's
// main thread. The database reads behind the first screen leave the thread idle in between, so an idle
// moment alone comes too early: the wait also lasts until FIRST_SCREEN_MS after the page began to load.
const FIRST_SCREEN_MS = 1500

let waiting: Promise<void> | undefined

export function afterFirstPaint(): Promise<void> {
  waiting ??= new Promise((resolve) => {
    const whenIdle = (run: () => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run, 100)
    const wait = Math.max(0, FIRST_SCREEN_MS - performance.now())
    requestAnimationFrame(() => setTimeout(() => whenIdle(resolve), wait))
  })
  return waiting
}
