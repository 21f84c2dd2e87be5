import { describe, expect, it } from 'vitest'
import { answerModeOf } from '../../../src/domain/cancellationNotice'
import { lunnerRule } from '../../support/calendarBuilders'

describe('how staff answer a family’s request', () => {
  it('only confirms a cancellation where the municipality has a change deadline, as Lunner does', () => {
    expect(answerModeOf({ type: 'cancel' }, lunnerRule)).toBe('acknowledge')
  })

  it('decides a cancellation where the municipality has no change deadline', () => {
    expect(answerModeOf({ type: 'cancel' }, null)).toBe('decide')
  })

  it('decides a change of time even where there is a change deadline', () => {
    expect(answerModeOf({ type: 'changeTime' }, lunnerRule)).toBe('decide')
  })
})
