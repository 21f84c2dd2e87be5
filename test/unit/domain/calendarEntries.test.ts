import { describe, expect, it } from 'vitest'
import type { Stay } from '../../../src/protocol'
import { calendarEntries, lookupsOf } from '../../../src/domain/calendarEntries'
import { whatMattersNow } from '../../../src/domain/whatMattersNow'
import { aPlace, aRecipient, aStay } from '../../support/builders'
import { aChangeRequest } from '../../support/calendarBuilders'

const emma = aRecipient({ name: 'Emma' })
const jonas = aRecipient({ name: 'Jonas' })
const solsikken = aPlace({ name: 'Solsikken avlastningsbolig' })
const lookups = () => lookupsOf([solsikken], [emma, jonas])
const stayOf = (recipientId: string, start: string, overrides: Partial<Stay> = {}) =>
  aStay({ recipientId, placeId: solsikken.id, start, end: start.replace('T15', 'T20'), ...overrides })

describe('a stay as the calendar shows it', () => {
  it('comes with its child and its place', () => {
    const stay = stayOf(emma.id, '2026-11-27T15:00:00.000Z')
    const [entry] = calendarEntries({ stays: [stay], requests: [], unsent: new Set() }, lookups())
    expect(entry).toMatchObject({ stay, place: solsikken, recipient: emma, state: 'planned', pending: undefined })
  })

  it('shows a stay with an open request as change requested, with the request', () => {
    const stay = stayOf(emma.id, '2026-11-27T15:00:00.000Z')
    const request = aChangeRequest({ stayId: stay.id })
    const [entry] = calendarEntries({ stays: [stay], requests: [request], unsent: new Set() }, lookups())
    expect(entry).toMatchObject({ state: 'changeRequested', pending: request, unsent: false })
  })

  it('says when the open request is still on the phone', () => {
    const stay = stayOf(emma.id, '2026-11-27T15:00:00.000Z')
    const request = aChangeRequest({ stayId: stay.id })
    const [entry] = calendarEntries({ stays: [stay], requests: [request], unsent: new Set([request.id]) }, lookups())
    expect(entry?.unsent).toBe(true)
  })

  it('keeps another stay’s request to that stay', () => {
    const [first, second] = [stayOf(emma.id, '2026-11-27T15:00:00.000Z'), stayOf(emma.id, '2026-12-04T15:00:00.000Z')]
    const request = aChangeRequest({ stayId: second.id })
    const entries = calendarEntries({ stays: [first, second], requests: [request], unsent: new Set() }, lookups())
    expect(entries.map((entry) => entry.state)).toEqual(['planned', 'changeRequested'])
  })
})

describe('each child’s next stay on the home screen', () => {
  it('is the first stay of each child that is going ahead', () => {
    const stays = [
      stayOf(emma.id, '2026-11-27T15:00:00.000Z', { status: 'cancelledByFamily' }),
      stayOf(jonas.id, '2026-11-28T15:00:00.000Z'),
      stayOf(emma.id, '2026-12-04T15:00:00.000Z'),
      stayOf(jonas.id, '2026-12-05T15:00:00.000Z'),
    ]
    const agenda = calendarEntries({ stays, requests: [], unsent: new Set() }, lookups())
    const before = Date.parse('2026-11-20T10:00:00.000Z')
    expect(whatMattersNow(agenda, null, before).map((entry) => entry.stay)).toEqual([stays[1], stays[2]])
  })
})
