import { describe, expect, it } from 'vitest'
import { MessageFacts } from '../../../src/protocol/messageFacts'
import { aStayChange, emmasWeekendFacts as aboutTheStay } from '../../support/recordBuilders'

describe('what a message about a stay says, for the app to word', () => {
  it.each([
    ['a stay planned again', { kind: 'stayPlanned', ...aboutTheStay, reinstated: true }],
    ['a stay cancelled', { kind: 'stayCancelled', ...aboutTheStay }],
    ['a stay moved', aStayChange({ placeChanged: true, transportChanged: false, detailsChanged: true })],
    [
      'a cancellation accepted',
      { kind: 'requestAnswered', ...aboutTheStay, request: 'cancel', accepted: true, newStart: null, newEnd: null },
    ],
    [
      'a change of time accepted',
      {
        kind: 'requestAnswered',
        ...aboutTheStay,
        request: 'changeTime',
        accepted: true,
        newStart: '2026-11-27T17:00:00.000Z',
        newEnd: '2026-11-29T15:00:00.000Z',
      },
    ],
  ])('keeps the facts of %s as sent', (_, facts) => {
    expect(MessageFacts.parse(facts)).toEqual(facts)
  })

  it('refuses the facts of a kind of message it does not know', () => {
    expect(MessageFacts.safeParse({ ...aboutTheStay, kind: 'stayForgotten' }).success).toBe(false)
  })
})
