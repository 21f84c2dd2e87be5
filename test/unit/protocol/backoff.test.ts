import { describe, expect, it } from 'vitest'
import { backoffDelay, backoffPolicyFor, defaultBackoff, unreachableBackoff } from '../../../src/protocol/backoff'

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

describe('which pause a failure calls for', () => {
  it('waits up to 5 minutes, from 2 seconds, after the server’s own failures', () => {
    expect(defaultBackoff).toEqual({ baseMs: 2_000, capMs: 300_000, minMs: 500 })
    expect(backoffPolicyFor('server', {})).toBe(defaultBackoff)
  })

  it('asks a server out of reach again within 5 seconds', () => {
    expect(unreachableBackoff).toEqual({ baseMs: 1_000, capMs: 5_000, minMs: 500 })
    expect(backoffPolicyFor('offline', {})).toBe(unreachableBackoff)
  })

  it('takes the caller’s own pauses where it gives them', () => {
    expect(backoffPolicyFor('offline', { backoff: policy, unreachableBackoff: policy })).toBe(policy)
    expect(backoffPolicyFor('unexpected', { backoff: policy, unreachableBackoff: unreachableBackoff })).toBe(policy)
  })
})
