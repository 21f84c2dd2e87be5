import { describe, expect, it } from 'vitest'
import { MessageFacts } from '../../../src/protocol/messageFacts'
import { anId } from '../../support/builders'
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

describe('a series of stays planned at once', () => {
  const stay = (day: number) => ({
    stayId: anId(),
    start: `2026-12-${day}T15:00:00.000Z`,
    end: `2026-12-${day}T20:00:00.000Z`,
  })
  const planned = (series: unknown[]) => ({ kind: 'stayPlanned', ...aboutTheStay, reinstated: false, series })

  it('names every stay of it, however many', () => {
    const three = planned([stay(11), stay(18), stay(25)])
    expect(MessageFacts.parse(three)).toEqual(three)
  })

  it('is two stays at least', () => {
    expect(MessageFacts.safeParse(planned([stay(11)])).success).toBe(false)
  })
})

describe('what a message about new rules says', () => {
  it('keeps the rules that changed, and null for those the municipality no longer has', () => {
    const facts = {
      kind: 'rulesChanged',
      changeDeadline: { daysBefore: 2, time: '15:00', timeZone: 'Europe/Oslo' },
      summerRespite: null,
    }
    expect(MessageFacts.parse(facts)).toEqual(facts)
  })
})
