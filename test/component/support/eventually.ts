// Waits for something the screen will show, generously: shared test machines can be slow.
import { vi } from 'vitest'

export function eventually<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: 10_000, interval: 20 })
}
