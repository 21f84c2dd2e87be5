import { describe, expect, it } from 'vitest'
import { medicationReviewNeed, parseMedicationTimes } from '../../../src/domain/medicationReview'

const stay = { updatedAt: '2026-11-01T10:00:00.000Z' }
const at = (iso: string) => Date.parse(iso)

describe('confirming the medication list before a stay', () => {
  it('asks when the list has never been confirmed', () => {
    expect(medicationReviewNeed(null, stay, at('2026-11-26T18:00:00.000Z'))).toEqual({ needed: true, reason: 'never' })
  })

  it('does not ask when the list was confirmed after the stay last changed and within 30 days', () => {
    expect(medicationReviewNeed('2026-11-10T09:00:00.000Z', stay, at('2026-11-26T18:00:00.000Z'))).toEqual({
      needed: false,
    })
  })

  it('asks again when the stay changed after the list was confirmed', () => {
    expect(medicationReviewNeed('2026-10-30T09:00:00.000Z', stay, at('2026-11-05T18:00:00.000Z'))).toEqual({
      needed: true,
      reason: 'stayChanged',
    })
  })

  it('does not ask when the list was confirmed the moment the stay last changed', () => {
    expect(medicationReviewNeed(stay.updatedAt, stay, at('2026-11-05T18:00:00.000Z'))).toEqual({ needed: false })
  })

  it('asks again when the confirmation is more than 30 days old', () => {
    expect(medicationReviewNeed('2026-11-02T09:00:00.000Z', stay, at('2026-12-02T09:00:01.000Z'))).toEqual({
      needed: true,
      reason: 'old',
    })
  })

  it('still accepts a confirmation exactly 30 days old, across the end of summer time', () => {
    const change = { updatedAt: '2026-10-01T00:00:00.000Z' }
    expect(medicationReviewNeed('2026-10-10T10:00:00.000Z', change, at('2026-11-09T10:00:00.000Z'))).toEqual({
      needed: false,
    })
  })
})

describe('medication times as the family types them', () => {
  it('reads Norwegian and 24-hour times, sorted, once each', () => {
    expect(parseMedicationTimes('20.00, 8 08:00;14:30')).toEqual(['08:00', '14:30', '20:00'])
  })

  it('accepts no times for medicine given only when needed', () => {
    expect(parseMedicationTimes('  ')).toEqual([])
  })

  it('reads the last hour and minute of the day', () => {
    expect(parseMedicationTimes('23 8.59 23:59')).toEqual(['08:59', '23:00', '23:59'])
  })

  it('refuses something that is not a time of day', () => {
    expect(['24.00', '8.60', 'morgen', 'kl8', '8am'].map(parseMedicationTimes)).toEqual([null, null, null, null, null])
  })
})
