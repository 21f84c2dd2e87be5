import { describe, expect, it } from 'vitest'
import type { CalendarEntry } from '../../../src/domain/calendarEntries'
import { whatMattersNow } from '../../../src/domain/whatMattersNow'
import type { Stay } from '../../../src/protocol'
import { aPlace, aRecipient, aStay } from '../../support/builders'
import { lunnerRule } from '../../support/calendarBuilders'

// Thursday 26 November 2026, 10.00 in Norway.
const now = Date.parse('2026-11-26T09:00:00.000Z')
const ida = aRecipient({ name: 'Ida' })
const noah = aRecipient({ name: 'Noah' })
const place = aPlace()

function entry(overrides: Partial<Stay> & Pick<Stay, 'start' | 'end'>, recipient = ida): CalendarEntry {
  const stay = aStay({ recipientId: recipient.id, placeId: place.id, ...overrides })
  return { stay, place, recipient, state: 'planned', pending: undefined, unsent: false }
}

// Today 09.00–15.00 (under way at 10.00), and an overnight stay from tomorrow 16.00 whose deadline is today 15.00.
const today = entry({ start: '2026-11-26T08:00:00.000Z', end: '2026-11-26T14:00:00.000Z', kind: 'dayOffer' })
const tomorrow = entry({ start: '2026-11-27T15:00:00.000Z', end: '2026-11-28T15:00:00.000Z' })
const nextWeek = entry({ start: '2026-12-04T15:00:00.000Z', end: '2026-12-05T15:00:00.000Z' })
const names = (entries: CalendarEntry[]) => entries.map((shown) => shown.stay.id)

describe('what matters now on the first screen', () => {
  it('puts tomorrow’s stay, whose deadline is today at 15.00, before today’s stay under way', () => {
    expect(names(whatMattersNow([today, tomorrow, nextWeek], lunnerRule, now))).toEqual([
      tomorrow.stay.id,
      today.stay.id,
    ])
  })

  it('shows only the next stay once the nearer deadline has passed, not a deadline days away', () => {
    const afterDeadline = Date.parse('2026-11-26T14:00:01.000Z')
    expect(names(whatMattersNow([today, tomorrow, nextWeek], lunnerRule, afterDeadline))).toEqual([today.stay.id])
  })

  it('brings forward a later deadline tomorrow, as well as one today', () => {
    const saturday = entry({ start: '2026-11-28T09:00:00.000Z', end: '2026-11-28T15:00:00.000Z' })
    expect(names(whatMattersNow([today, saturday], lunnerRule, now))).toEqual([saturday.stay.id, today.stay.id])
  })

  it('shows each person’s next stay once when the municipality has no deadline', () => {
    const noahsStay = entry({ start: '2026-11-26T12:00:00.000Z', end: '2026-11-26T15:00:00.000Z' }, noah)
    expect(names(whatMattersNow([today, noahsStay, tomorrow], null, now))).toEqual([today.stay.id, noahsStay.stay.id])
  })

  it('orders open deadlines nearest first across people', () => {
    const noahsStay = entry({ start: '2026-11-28T09:00:00.000Z', end: '2026-11-28T15:00:00.000Z' }, noah)
    expect(names(whatMattersNow([today, tomorrow, noahsStay], lunnerRule, now))).toEqual([
      tomorrow.stay.id,
      noahsStay.stay.id,
      today.stay.id,
    ])
  })

  it('leaves out a cancelled stay and takes the next one going ahead', () => {
    const cancelled = entry({ ...tomorrow.stay, id: 'cancelled', status: 'cancelledByMunicipality' })
    expect(names(whatMattersNow([cancelled, nextWeek], lunnerRule, now))).toEqual([nextWeek.stay.id])
  })

  it('brings forward only the first of a person’s stays whose deadlines are near', () => {
    const saturday = entry({ start: '2026-11-28T09:00:00.000Z', end: '2026-11-28T15:00:00.000Z' })
    expect(names(whatMattersNow([today, tomorrow, saturday], lunnerRule, now))).toEqual([
      tomorrow.stay.id,
      today.stay.id,
    ])
  })

  it('counts no deadline open for a stay that begins this minute, even when the deadline is later that day', () => {
    const sameDay = { daysBefore: 0, time: '15:00', timeZone: 'Europe/Oslo' }
    const noahsNow = entry({ start: '2026-11-26T09:00:00.000Z', end: '2026-11-26T13:00:00.000Z' }, noah)
    const idasAfternoon = entry({ start: '2026-11-26T15:00:00.000Z', end: '2026-11-27T15:00:00.000Z' })
    expect(names(whatMattersNow([noahsNow, idasAfternoon], sameDay, now))).toEqual([
      idasAfternoon.stay.id,
      noahsNow.stay.id,
    ])
  })
})
