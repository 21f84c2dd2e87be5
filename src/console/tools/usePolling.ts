// Runs `poll` every `intervalMs` while the page is visible (and `wanted()` says so: not while the change
// channel is live), and at once when it becomes visible again, so new requests show up without a reload
// and a hidden tab costs the server nothing.
import { onBeforeUnmount, onMounted } from 'vue'

export function usePolling(poll: () => unknown, intervalMs = 10_000, wanted: () => boolean = () => true): void {
  let timer: ReturnType<typeof setInterval> | undefined

  const stop = () => {
    if (timer !== undefined) clearInterval(timer)
    timer = undefined
  }
  const start = () => {
    stop()
    timer = setInterval(() => {
      if (wanted()) void poll()
    }, intervalMs)
  }
  const onVisibility = () => {
    if (document.visibilityState === 'visible') {
      if (wanted()) void poll()
      start()
    } else stop()
  }

  onMounted(() => {
    document.addEventListener('visibilitychange', onVisibility)
    if (document.visibilityState !== 'hidden') start()
  })
  onBeforeUnmount(() => {
    document.removeEventListener('visibilitychange', onVisibility)
    stop()
  })
}
