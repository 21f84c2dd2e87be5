import { afterEach, describe, expect, it, vi } from 'vitest'
import { isoNow, systemClock } from '../../../src/domain/clock'
import { testClock } from '../../support/testClock'

afterEach(() => {
  vi.useRealTimers()
})

describe('now', () => {
  it('is the device’s own time outside the tests', () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-23T10:00:00.000Z') })
    expect(systemClock.now()).toBe(Date.parse('2026-11-23T10:00:00.000Z'))
  })

  it('is written as an instant in UTC, as every record carries it', () => {
    expect(isoNow(testClock('2026-11-23T10:00:00.000Z'))).toBe('2026-11-23T10:00:00.000Z')
  })
})
