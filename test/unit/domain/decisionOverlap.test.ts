import { describe, expect, it } from 'vitest'
import { overlappingDecision } from '../../../src/domain/decisionOverlap'
import { anId } from '../../support/builders'
import { aDecision } from '../../support/calendarBuilders'

const recipientId = anId()
const spring = aDecision({ recipientId, validFrom: '2027-01-01', validTo: '2027-06-30' })

describe('two decisions that grant the same kind of stay to one child on the same day', () => {
  it('finds a decision of the same child and kind whose days overlap', () => {
    const other = aDecision({ recipientId, validFrom: '2027-03-01', validTo: '2027-12-31' })
    expect(overlappingDecision(spring, [other])).toBe(other)
  })

  it('finds one that ends on the day the new one begins, for both are valid that day', () => {
    const other = aDecision({ recipientId, validFrom: '2026-01-01', validTo: '2027-01-01' })
    expect(overlappingDecision(spring, [other])).toBe(other)
  })

  it('lets one end the day before the new one begins', () => {
    const other = aDecision({ recipientId, validFrom: '2026-01-01', validTo: '2026-12-31' })
    expect(overlappingDecision(spring, [other])).toBeUndefined()
  })

  it('finds one that begins on the last day of the new one', () => {
    const other = aDecision({ recipientId, validFrom: '2027-06-30', validTo: null })
    expect(overlappingDecision(spring, [other])).toBe(other)
  })

  it('lets one begin the day after the new one ends', () => {
    const other = aDecision({ recipientId, validFrom: '2027-07-01', validTo: null })
    expect(overlappingDecision(spring, [other])).toBeUndefined()
  })

  it('counts a decision without an end as valid on every later day', () => {
    const openEnded = aDecision({ recipientId, validFrom: '2020-01-01', validTo: null })
    expect(overlappingDecision(spring, [openEnded])).toBe(openEnded)
  })

  it('counts a new decision without an end as overlapping every later one', () => {
    const open = aDecision({ recipientId, validFrom: '2027-01-01', validTo: null })
    const later = aDecision({ recipientId, validFrom: '2031-01-01', validTo: '2031-12-31' })
    expect(overlappingDecision(open, [later])).toBe(later)
  })

  it('does not count a decision as overlapping itself when it is edited', () => {
    expect(overlappingDecision(spring, [{ ...spring, validTo: '2027-12-31' }])).toBeUndefined()
  })

  it('lets another child have a decision on the same days', () => {
    expect(overlappingDecision(spring, [aDecision({ recipientId: anId(), validFrom: '2027-01-01' })])).toBeUndefined()
  })

  it('lets the same child have a decision for another kind of stay on the same days', () => {
    const relief = aDecision({ recipientId, kinds: ['privateProvider'], validFrom: '2027-01-01' })
    expect(overlappingDecision(spring, [relief])).toBeUndefined()
  })

  it('finds one that shares only one of several kinds', () => {
    const both = aDecision({ recipientId, kinds: ['privateProvider', 'municipalUnit'], validFrom: '2027-01-01' })
    expect(overlappingDecision(spring, [both])).toBe(both)
  })

  it('names the first overlapping decision of several', () => {
    const first = aDecision({ recipientId, validFrom: '2027-02-01' })
    const second = aDecision({ recipientId, validFrom: '2027-03-01' })
    expect(overlappingDecision(spring, [aDecision({ recipientId: anId() }), first, second])).toBe(first)
  })
})
