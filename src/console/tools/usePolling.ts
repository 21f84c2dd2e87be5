// Runs `poll` every `intervalMs` while the page is visible, and at once when it becomes visible again,
// so new requests show up without a reload and a hidden tab costs the server nothing.
import { onBeforeUnmount, onMounted } from 'vue'

export function usePolling(poll: () => unknown, intervalMs = 10_000): void {
  let timer: ReturnType<typeof setInterval> | undefined

  const stop = () => {
    if (timer !== undefined) clearInterval(timer)
    timer = undefined
  }
  const start = () => {
    stop()
    timer = setInterval(() => void poll(), intervalMs)
  }
  const onVisibility = () => {
    if (document.visibilityState === 'visible') {
      void poll()
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
