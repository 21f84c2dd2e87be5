import { afterEach, describe, expect, it, vi } from 'vitest'
import { systemScheduler } from '../../../src/protocol/scheduler'
import { PUSH_SUBSCRIPTION_CHANGED, SKIP_WAITING, SYNC_REQUEST } from '../../../src/protocol/serviceWorkerMessages'

afterEach(() => {
  vi.useRealTimers()
})

describe('timers outside the tests', () => {
  it('fires a timer when its time has come', () => {
    vi.useFakeTimers()
    const fired = vi.fn()
    systemScheduler.setTimeout(fired, 1000)
    vi.advanceTimersByTime(999)
    expect(fired).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(fired).toHaveBeenCalledOnce()
  })

  it('never fires a timer that was cleared', () => {
    vi.useFakeTimers()
    const fired = vi.fn()
    systemScheduler.clearTimeout(systemScheduler.setTimeout(fired, 1000))
    vi.advanceTimersByTime(2000)
    expect(fired).not.toHaveBeenCalled()
  })
})

describe('messages between the page and the service worker', () => {
  it('asks a waiting service worker to take over with the message Workbox sends, and names its own in the app’s namespace', () => {
    expect([SKIP_WAITING, SYNC_REQUEST, PUSH_SUBSCRIPTION_CHANGED]).toEqual([
      'SKIP_WAITING',
      'pusterom:sync',
      'pusterom:push-subscription-changed',
    ])
  })
})
