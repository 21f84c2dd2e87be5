import { describe, expect, it } from 'vitest'
import { ReasonCode, reasonGiven } from '../../../src/protocol/staffReasons'

describe('why the municipality cancelled or said no', () => {
  it('is one of six reasons the family’s app words', () => {
    expect(ReasonCode.options).toEqual([
      'staffShortage',
      'placeClosed',
      'afterDeadline',
      'noRoom',
      'beyondDecision',
      'other',
    ])
  })

  it('is given by a reason with or without a note', () => {
    expect([reasonGiven({ reason: 'noRoom' }), reasonGiven({ reason: 'placeClosed', note: '' })]).toEqual([true, true])
  })

  it('is not given without a reason, even with a note', () => {
    expect(reasonGiven({ note: 'Vi er fulle.' })).toBe(false)
  })

  it('is given as "other" only with a note that says something', () => {
    expect(reasonGiven({ reason: 'other', note: 'Vannskade.' })).toBe(true)
    expect([reasonGiven({ reason: 'other' }), reasonGiven({ reason: 'other', note: ' \n ' })]).toEqual([false, false])
  })
})
