import { describe, expect, it } from 'vitest'
import { backoffDelay } from '../../../src/protocol/backoff'

const policy = { baseMs: 1_000, capMs: 60_000, minMs: 200 }
const highest = () => 0.999_999

describe('waiting before a retry', () => {
  it('waits up to twice as long after each failure in a row', () => {
    const ceilings = [1, 2, 3, 4, 5].map((failures) => backoffDelay(failures, highest, policy))
    expect(ceilings).toEqual([999, 1_999, 3_999, 7_999, 15_999])
  })

  it('never waits longer than the cap, however many failures', () => {
    expect(backoffDelay(50, highest, policy)).toBe(59_999)
    expect(backoffDelay(10_000, highest, policy)).toBe(59_999)
  })

  it('spreads phones over the whole window so they do not all come back at once', () => {
    expect(backoffDelay(4, () => 0.5, policy)).toBe(4_000)
    expect(backoffDelay(4, () => 0.25, policy)).toBe(2_000)
  })

  it('does not retry at once even when the jitter rolls zero', () => {
    expect(backoffDelay(1, () => 0, policy)).toBe(200)
  })
})
