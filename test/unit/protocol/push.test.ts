import { describe, expect, it } from 'vitest'
import {
  CalendarFeedResponse,
  NotificationKind,
  PushMessage,
  PushPreferences,
  PushPreferencesRequest,
  defaultPushPreferences,
} from '../../../src/protocol/push'
import { anId } from '../../support/builders'
import { acceptedAmong, refusedAmong } from '../../support/schemaChecks'

const aPush = {
  v: 1,
  id: 'message:42',
  kind: 'stayChanged',
  title: 'Emmas helg er flyttet',
  body: 'Fredag 27.11. kl. 18.00 til søndag kl. 16.00.',
  url: '/opphold/42',
  tag: 'stay:42',
  stayId: anId(),
  messageId: anId(),
  sentAt: '2026-11-23T10:00:00.000Z',
  lang: 'nb',
}

describe('the notifications a family chooses', () => {
  it('starts with every kind on, the details off the lock screen and the deadline reminder at 08.00', () => {
    const { kinds, ...rest } = defaultPushPreferences
    expect([Object.values(kinds), rest]).toEqual([
      [true, true, true, true, true, true],
      { showDetails: false, deadlineLeadHours: null },
    ])
  })

  it('names the six kinds a family can turn on and off', () => {
    expect(NotificationKind.options).toEqual([
      'stayChanges',
      'requestAnswers',
      'notices',
      'deadlineReminders',
      'packingReminders',
      'summerReminders',
    ])
  })

  it('takes a reminder from 1 to 72 hours before the deadline, and no other', () => {
    const lead = (hours: number | null) => ({ ...defaultPushPreferences, deadlineLeadHours: hours })
    expect(refusedAmong(PushPreferences, [lead(1), lead(24), lead(72), lead(null)])).toEqual([])
    expect(acceptedAmong(PushPreferences, [lead(0), lead(73), lead(1.5)])).toEqual([])
  })

  it('takes one device’s choices in its language', () => {
    const request = {
      endpoint: 'https://push.example.com/send/abc123',
      locale: 'en',
      preferences: { ...defaultPushPreferences, showDetails: true, deadlineLeadHours: 3 },
    }
    expect(PushPreferencesRequest.parse(request)).toEqual(request)
  })
})

describe('what a push carries to the phone', () => {
  it.each([
    'stayChanged',
    'stayCancelled',
    'stayPlanned',
    'requestAnswered',
    'notice',
    'deadlineReminder',
    'packingReminder',
    'summerReminder',
  ])('carries a %s as sent', (kind) => {
    expect(PushMessage.parse({ ...aPush, kind })).toEqual({ ...aPush, kind })
  })

  it('opens only a page of the app itself', () => {
    const urls = ['https://evil.example/', '//evil.example/', 'opphold/42', '/']
    expect(
      acceptedAmong(
        PushMessage,
        urls.map((url) => ({ ...aPush, url })),
      ),
    ).toEqual([])
  })

  it('keeps a title to 200 characters and a text to 500', () => {
    expect(refusedAmong(PushMessage, [{ ...aPush, title: 'x'.repeat(200), body: 'x'.repeat(500) }])).toEqual([])
    expect(
      acceptedAmong(PushMessage, [
        { ...aPush, title: 'x'.repeat(201) },
        { ...aPush, body: 'x'.repeat(501) },
      ]),
    ).toEqual([])
  })

  it('gives the household its calendar feed’s private address', () => {
    const feed = { url: 'https://pusterom.lunner.kommune.no/api/v1/calendar/abc.ics' }
    expect([CalendarFeedResponse.parse(feed), CalendarFeedResponse.safeParse({ url: '' }).success]).toEqual([
      feed,
      false,
    ])
  })
})
