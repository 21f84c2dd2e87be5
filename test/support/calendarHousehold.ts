// A small household on the device: two children, two places, the municipality's rule; the test
// adds the stays it is about.
import { db } from '../../src/family/db/database'
import { perform } from '../../src/family/db/outbox'
import type { Municipality, Stay } from '../../src/protocol'
import { aPlace, aRecipient, aStay } from './builders'
import { aMunicipality } from './calendarBuilders'
import { testClock } from './testClock'

export const emma = aRecipient({ name: 'Emma', color: '#2f6fb0' })
export const jonas = aRecipient({ name: 'Jonas', color: '#b5446e' })
export const solsikken = aPlace({ name: 'Solsikken avlastningsbolig', phone: '+47 400 00 000' })
export const tunet = aPlace({ name: 'Tunet dagtilbud', kind: 'dayOffer', phone: '+47 411 11 111' })

export async function aHousehold(municipality: Partial<Municipality> = {}): Promise<void> {
  await db.recipients.bulkPut([emma, jonas])
  await db.places.bulkPut([solsikken, tunet])
  await db.municipality.put(aMunicipality(municipality))
}

/** Emma's weekend at Solsikken from Friday 27 November 2026 16.00 to Sunday 16.00 (deadline Thursday 15.00). */
export async function emmasWeekend(overrides: Partial<Stay> = {}): Promise<Stay> {
  const stay = aStay({
    recipientId: emma.id,
    placeId: solsikken.id,
    start: '2026-11-27T15:00:00.000Z',
    end: '2026-11-29T15:00:00.000Z',
    ...overrides,
  })
  await db.stays.put(stay)
  return stay
}

export async function jonasDayOffer(overrides: Partial<Stay> = {}): Promise<Stay> {
  const stay = aStay({
    recipientId: jonas.id,
    placeId: tunet.id,
    kind: 'dayOffer',
    start: '2026-11-25T08:00:00.000Z',
    end: '2026-11-25T14:00:00.000Z',
    ...overrides,
  })
  await db.stays.put(stay)
  return stay
}

/** The family said on the phone, at `now`, that the stay is not needed; the phone has not sent it yet. */
export async function aCancellationNotSentYet(stay: Stay, now: string, message = ''): Promise<void> {
  await perform(
    db,
    'requestCancellation',
    { changeRequestId: crypto.randomUUID(), stayId: stay.id, message },
    testClock(now),
  )
}
