// Small builders for test data: say only what the test is about.
import type { Message, Place, Recipient, Stay } from '../../src/protocol'

let counter = 0
/** A deterministic UUID-shaped id, unique within a test run. */
export function anId(): string {
  counter += 1
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`
}

export function aRecipient(overrides: Partial<Recipient> = {}): Recipient {
  return { id: anId(), name: 'Emma', color: '#2f6fb0', medicationListReviewedAt: null, ...overrides }
}

export function aPlace(overrides: Partial<Place> = {}): Place {
  return {
    id: anId(),
    name: 'Solsikken avlastningsbolig',
    kind: 'municipalUnit',
    address: 'Eksempelveien 1, 2740 Roa',
    phone: '+47 400 00 000',
    notes: '',
    ...overrides,
  }
}

export function aStay(overrides: Partial<Stay> & Pick<Stay, 'recipientId' | 'placeId'>): Stay {
  return {
    id: anId(),
    kind: 'municipalUnit',
    start: '2026-11-27T15:00:00.000Z',
    end: '2026-11-29T15:00:00.000Z',
    status: 'planned',
    transportTo: null,
    transportFrom: null,
    notes: '',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  }
}

/** A message from the municipality as the server stores it: a notice with the staff's words unless facts are given. */
export function aMessage(overrides: Partial<Message> = {}): Message {
  const facts = overrides.facts ?? null
  return {
    id: anId(),
    kind: 'notice',
    ...(facts ? {} : { title: 'Beskjed', body: 'Hei fra kommunen.' }),
    stayId: null,
    changeRequestId: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    readAt: null,
    facts,
    ...overrides,
  }
}
