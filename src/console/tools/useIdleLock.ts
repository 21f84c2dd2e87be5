// The idle lock: after 15 minutes with no key, pointer or wheel in any of the console's tabs, the
// console asks to sign in again. The time of the last activity is shared by the tabs through
// localStorage (a time only, nothing about anyone), so working in one tab keeps the others open.
import { onBeforeUnmount, onMounted } from 'vue'
import type { Clock } from '../../domain/clock'

export const IDLE_LOCK_MS = 15 * 60_000
const ACTIVITY_KEY = 'pusterom.staffActivity'
const EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const

export function useIdleLock(lock: () => unknown, clock: Clock, checkEveryMs = 30_000): void {
  let timer: ReturnType<typeof setInterval> | undefined
  let lastWritten = 0
  const touch = () => {
    const now = clock.now()
    // At most one write a second: a key held down is no reason to write on every repeat.
    if (now - lastWritten < 1000) return
    lastWritten = now
    localStorage.setItem(ACTIVITY_KEY, String(now))
  }
  const check = () => {
    const last = Number(localStorage.getItem(ACTIVITY_KEY) ?? clock.now())
    if (clock.now() - last >= IDLE_LOCK_MS) {
      localStorage.removeItem(ACTIVITY_KEY)
      void lock()
    }
  }

  onMounted(() => {
    lastWritten = 0
    touch()
    for (const name of EVENTS) document.addEventListener(name, touch, { passive: true })
    timer = setInterval(check, checkEveryMs)
  })
  onBeforeUnmount(() => {
    for (const name of EVENTS) document.removeEventListener(name, touch)
    clearInterval(timer)
  })
}
