import { describe, expect, it } from 'vitest'
import { isClosed, serviceEndedAt } from '../../../src/domain/householdClosing'

const stay = (end: string, status = 'planned') => ({ end, status })

describe('when a household closes', () => {
  it('has not ended while it has no decision at all', () => {
    expect(serviceEndedAt([], [stay('2026-01-01T10:00:00.000Z')])).toBeNull()
  })

  it('has not ended while any decision is valid until further notice', () => {
    expect(serviceEndedAt([{ validTo: '2026-05-31' }, { validTo: null }], [])).toBeNull()
  })

  it('ends at midnight Norwegian time after the last day of the last decision', () => {
    expect(serviceEndedAt([{ validTo: '2026-05-31' }, { validTo: '2026-03-31' }], [])).toBe('2026-05-31T22:00:00.000Z')
  })

  it('ends at midnight in winter time too', () => {
    expect(serviceEndedAt([{ validTo: '2026-11-30' }], [])).toBe('2026-11-30T23:00:00.000Z')
  })

  it('ends with the last stay when that ends after the last decision', () => {
    const stays = [stay('2026-06-02T14:00:00.000Z'), stay('2026-05-20T14:00:00.000Z')]
    expect(serviceEndedAt([{ validTo: '2026-05-31' }], stays)).toBe('2026-06-02T14:00:00.000Z')
  })

  it('leaves out stays that were cancelled, by the family or the municipality', () => {
    const stays = [
      stay('2026-07-01T14:00:00.000Z', 'cancelledByFamily'),
      stay('2026-07-08T14:00:00.000Z', 'cancelledByMunicipality'),
    ]
    expect(serviceEndedAt([{ validTo: '2026-05-31' }], stays)).toBe('2026-05-31T22:00:00.000Z')
  })

  it('counts a changed stay like a planned one', () => {
    expect(serviceEndedAt([{ validTo: '2026-05-31' }], [stay('2026-06-05T14:00:00.000Z', 'changed')])).toBe(
      '2026-06-05T14:00:00.000Z',
    )
  })

  it('is closed from the moment its service ended, and not a moment before', () => {
    const end = '2026-05-31T22:00:00.000Z'
    expect(isClosed(end, Date.parse(end) - 1)).toBe(false)
    expect(isClosed(end, Date.parse(end))).toBe(true)
  })

  it('is never closed while its service has not ended', () => {
    expect(isClosed(null, Date.parse('2099-01-01T00:00:00.000Z'))).toBe(false)
  })
})
