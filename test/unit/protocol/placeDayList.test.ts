import { describe, expect, it } from 'vitest'
import { DAY_LIST_MAX_DAYS, PlaceDayList, PlaceDayListQuery } from '../../../src/protocol/placeDayList'
import { anId, aPlace, aRecipient, aStay } from '../../support/builders'
import { aMedication, anAboutMeCard } from '../../support/packingBuilders'

const issuesOf = (query: { from: string; to: string }) =>
  PlaceDayListQuery.safeParse(query).error?.issues.map(({ message, path }) => ({ message, path }))

describe('asking for a place’s day list', () => {
  it('takes a single day', () => {
    expect(PlaceDayListQuery.parse({ from: '2026-12-04', to: '2026-12-04' })).toEqual({
      from: '2026-12-04',
      to: '2026-12-04',
    })
  })

  it('takes a week at most: its first day and its seventh', () => {
    expect(DAY_LIST_MAX_DAYS).toBe(7)
    expect(issuesOf({ from: '2026-11-30', to: '2026-12-06' })).toBeUndefined()
    expect(issuesOf({ from: '2026-11-30', to: '2026-12-07' })).toEqual([
      { message: 'at most 7 days at a time', path: ['to'] },
    ])
  })

  it('counts a week over the autumn clock change in whole days', () => {
    expect(issuesOf({ from: '2026-10-25', to: '2026-10-31' })).toBeUndefined()
    expect(issuesOf({ from: '2026-10-24', to: '2026-10-31' })).toEqual([
      { message: 'at most 7 days at a time', path: ['to'] },
    ])
  })

  it('refuses a list that ends before it starts, and says so at its end only', () => {
    expect(issuesOf({ from: '2026-12-04', to: '2026-12-03' })).toEqual([
      { message: 'to must not be before from', path: ['to'] },
    ])
  })

  it('refuses anything but the two dates', () => {
    expect(PlaceDayListQuery.safeParse({ from: '2026-12-04', to: '2026-12-04', place: 'x' }).success).toBe(false)
  })
})

describe('a place’s day list', () => {
  it('carries each stay with the child, the caregivers to call, the medications and the about-me card', () => {
    const recipient = aRecipient()
    const place = aPlace()
    const list = {
      place,
      from: '2026-12-04',
      to: '2026-12-06',
      stays: [
        {
          stay: aStay({ recipientId: recipient.id, placeId: place.id }),
          householdId: anId(),
          recipient,
          caregivers: [
            { name: 'Kari Berg', phone: '+47 912 34 567' },
            { name: 'Ola Berg', phone: null },
          ],
          medications: [aMedication({ recipientId: recipient.id })],
          aboutMe: anAboutMeCard(recipient.id),
        },
      ],
    }
    expect(PlaceDayList.parse(list)).toEqual(list)
  })
})
